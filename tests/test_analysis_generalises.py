"""Moves recognised by their structure in sentences no labelled writer wrote."""

from __future__ import annotations

from factories import flags


def test_a_parallel_story_told_as_the_reason_one_understands_is_common_ground() -> None:
    partner = ("partner", "I sprained my wrist in March and I still flinch on the bars.")
    assert "common_ground" in flags("I broke two fingers bouldering in 2021, so I know that flinch.", partner)
    assert "common_ground" in flags("I grew up in Cardiff too - Canton, right by the park.", ("partner", "I grew up in Cardiff, actually."))
    assert "common_ground" not in flags("I went to the shops this morning.", partner)


def test_shrinking_their_experience_against_ones_own_is_one_upping() -> None:
    partner = ("partner", "My flight was delayed four hours yesterday, I was so tired.")
    assert "one_upping" in flags("I once sat on a runway for eleven hours, so believe me, a four-hour delay is nothing.", partner)
    assert "one_upping" in flags("I did a thirty-hour trip with two toddlers. Once you've done that, a delay is a holiday.", partner)


def test_an_ask_for_oneself_before_any_connection_is_a_rush() -> None:
    partner = ("partner", "Hi! How was your weekend? I finally got the garden sorted.")
    assert "efficiency_rush" in flags("Hi. Could you sign off my expenses before lunch?", partner)
    assert "efficiency_rush" in flags("Who looks after procurement at your firm?", ("partner", "Nice to meet you, lovely venue."))


def test_blame_in_you_language_but_not_a_warm_always() -> None:
    assert "you_statement_attack" in flags("You are always too busy for the team but never for the board.", ("partner", "Sorry, I had to skip the retro."))
    assert "you_statement_attack" in flags("You signed the contract without asking anyone.", ("partner", "The supplier deal is done."))
    assert "you_statement_attack" not in flags("You're always so generous with your time, thank you.", ("partner", "Happy to help."))
    assert "you_statement_attack" not in flags("How do you keep on top of all the invoices?", ("partner", "I run the accounts for four shops."))


def test_owning_a_view_with_a_contraction_is_an_i_statement() -> None:
    partner = ("partner", "We're moving the launch to May.")
    assert "i_statement" in flags("I'd rather we kept April, though, because the stores have already planned for it.", partner)
    assert "i_statement" in flags("I'm quite worried, though, that May clashes with the audit.", partner)
    assert "i_statement" not in flags("Ha, I feel you.", ("partner", "Mondays are the worst."))


def test_not_advice_a_goodbye_a_request_or_a_taste_of_the_buffet() -> None:
    assert "unsolicited_advice" not in flags("Have you tried the curry? It's excellent.", ("partner", "I only moved here last week."))
    assert "unsolicited_advice" not in flags("Thanks. Get some rest tonight.", ("partner", "I'll cover the early shift."))
    assert "unsolicited_advice" not in flags("With a new puppy, sleep is the last thing you need to worry about.", ("partner", "We got a puppy on Sunday."))
    assert "unsolicited_advice" in flags("You should just tell your landlord you're leaving.", ("partner", "My flat has damp again."))


def test_a_story_like_theirs_after_a_stock_ack_is_not_a_topic_switch() -> None:
    partner = ("partner", "Took me three tries to pass my driving test. The examiner looked bored stiff.")
    shared = flags("That's rough. I failed mine twice on roundabouts and cried in the car park.", partner)
    assert "topic_switch" not in shared and "performative_listening" not in shared
    away = flags("Love that! Are you going to the quiz on Friday?", partner)
    assert {"topic_switch", "performative_listening"} <= away


def test_a_laugh_or_a_no_worries_is_not_a_performed_acknowledgment() -> None:
    partner = ("partner", "Sorry, that came out sharp. Thanks for sorting the rota.")
    assert "performative_listening" not in flags("No worries. Shall I send the new version round tomorrow?", partner)


def test_questions_only_after_a_light_opening_are_not_a_topic_switch() -> None:
    opening = ("partner", "Hello! Welcome to the orchard stall, have a taste of anything you like.")
    assert "topic_switch" not in flags("How many trees do you grow?", opening)


def test_a_short_answer_that_goes_on_into_ones_own_news_is_not_a_brush_off() -> None:
    partner = ("partner", "How are things with you since the move?")
    assert "topic_switch" not in flags("Up and down. I've been lonely in the new flat, if I'm honest. Did your sister get the job?", partner)
    assert "topic_switch" in flags("Fine. Did your sister get the job?", partner)


def test_an_echo_on_the_way_to_a_question_is_not_a_reflection() -> None:
    partner = ("partner", "We moved to Dundee in April for my partner's new post.")
    springboard = flags("Dundee in April. What's it been like so far?", partner)
    assert "simple_reflection" not in springboard and "open_question" in springboard
    assert "simple_reflection" not in flags("Dear Ms Reid,\n\nThanks for the note. Friday works.", ("partner", "Dear Mr Kaur,\n\nCould we move to Friday?"))


def test_their_words_and_how_is_an_open_question_and_a_returned_question_keeps_its_form() -> None:
    assert "open_question" in flags("A bit of a nightmare how?", ("partner", "The new rota is a bit of a nightmare, honestly."))
    assert "open_question" in flags("Good, thanks. Yours?", ("partner", "How was the conference?"))
    assert "closed_question" in flags("Yes. You?", ("partner", "Are you staying for the dinner?"))


def test_a_question_about_their_own_x_after_someone_elses_x_is_not_a_follow_up() -> None:
    partner = ("partner", "We came back for my wife's job at the hospital.")
    assert "follow_up_question" not in flags("And what's your job?", partner)
    assert "follow_up_question" in flags("What's her job at the hospital?", partner)


def test_a_complaint_about_them_and_me_is_not_a_reflection() -> None:
    partner = ("partner", "Sorry again about tonight, work's mad.")
    said = flags("You never have time for me lately.", partner)
    assert "complex_reflection" not in said and "simple_reflection" not in said
    assert "complex_reflection" in flags("So the job is less like a career now and more like a cage.", ("partner", "I used to love the job. Now I just count the hours."))


def test_a_matching_story_without_the_word_same_is_common_ground() -> None:
    nights = ("partner", "I've been on lates at the warehouse since June and I'm shattered.")
    assert "common_ground" in flags("I did lates at a call centre for two years after uni, it took me months to sleep properly.", nights)
    assert "common_ground" in flags("My sister did the same to us, put the rent up when we moved in.", ("partner", "Our landlord just put the rent up again."))
    assert "common_ground" in flags("I had that on my first job too, nobody told me anything for weeks.", ("partner", "Nobody tells me anything here, I was so lost my first week."))
    assert "common_ground" not in flags("Last time you covered a late you spent all of it on your phone and I did the lot.", nights)
    assert "common_ground" not in flags("Yes, I did this.", ("partner", "Did you file the report?"))


def test_a_grief_told_beside_their_grief_is_common_ground_by_its_kind() -> None:
    partner = ("partner", "My nan passed in the spring and I keep reaching for the phone to ring her.")
    assert "common_ground" in flags("My granddad had the flat above ours when I was a kid. He died when I was twenty and I still drive past it.", partner)
    assert "common_ground" not in flags("My granddad had a flat in Leeds.", ("partner", "What's the traffic like on your way in?"))


def test_a_graver_case_of_their_thing_or_a_smaller_name_for_it_is_one_upping() -> None:
    partner = ("partner", "My son sprained his ankle at football on Saturday, poor thing.")
    assert "one_upping" in flags("My eldest broke his leg in three places at rugby, surgery and pins, the lot.", partner)
    assert "one_upping" in flags("Twelve hours isn't that long. I once did a thirty-hour shift in A&E.", ("partner", "I did a twelve hours shift yesterday, I'm wrecked."))
    assert "one_upping" in flags("Five am, ha! I was up at three for ten years on the bakery ovens.", ("partner", "Five am starts are killing me this week."))
    assert "one_upping" not in flags("Oh no, poor lad. Mine did his ankle last spring too, it took a few weeks.", partner)


def test_asked_after_without_a_you_and_answering_with_a_word_is_under_disclosure() -> None:
    assert "under_disclosure" in flags("Fine. Can we look at the budget now?", ("partner", "So how are things on the new team?"))
    assert "under_disclosure" in flags("Where are the files?", ("partner", "How does it feel being back after the break?"))
    assert "under_disclosure" not in flags("Thanks, that's kind. I run the bakery on Mill Street, six years now.", ("partner", "Lovely stall! What do you do?"))
    assert "under_disclosure" not in flags("Yes please. What time?", ("partner", "Do you want to come to the quiz on Friday?"))


def test_a_feeling_in_passing_is_not_oversharing_but_a_hidden_illness_is() -> None:
    partner = ("partner", "The speech went well, I thought.")
    assert "oversharing" not in flags("My mum cried all the way through it, bless her.", partner)
    assert "oversharing" in flags("Thanks. I've had an anxiety disorder since school and took a diazepam to get through it.", partner)


def test_slang_or_stock_sympathy_then_a_question_of_ones_own_is_a_performed_switch() -> None:
    partner = ("partner", "Honestly the move's been hard. I don't know anyone here and my flatmate's never home.")
    for reply in ("Mint. Do you follow the footy?", "Lekker, lekker. Are you coming to the braai on Saturday?", "Ag shame. Did you see the match last night?",
                  "Yeah yeah, I know, hun. Have you got Netflix?", "Totally understand, my friend. Where did you buy that jacket?"):
        assert {"topic_switch", "performative_listening"} <= flags(reply, partner), reply
    for reply in ("Mint. How long have you been there now?", "Oof, that's rough. Is it the flatmate you found online?", "I know that feeling, I moved in March. What do you miss most?"):
        assert not {"topic_switch", "performative_listening"} & flags(reply, partner), reply


def test_a_pivot_after_answering_their_sympathy_for_ones_own_story_is_not_a_switch() -> None:
    story = ("user", "Bit rough honestly, my gran passed last week and the funeral was on Tuesday, so I've been up and down and not sleeping much.")
    history = (("partner", "How are you doing?"), story)
    assert "topic_switch" not in flags("It was. Anyway, how did the match go on Saturday?", *history, ("partner", "Oh no, that sounds awful."))
    assert "topic_switch" not in flags("Yeah, she was a character. Anyway, how did your match go?", *history, ("partner", "Ah mate, sorry to hear that."))
    assert "topic_switch" in flags("Anyway. How did your match go?", *history, ("partner", "Ah mate, sorry to hear that."))


def test_conceding_their_reproach_is_not_a_stock_acknowledgment() -> None:
    partner = ("partner", "Why didn't you tell me sooner?")
    assert not {"topic_switch", "performative_listening"} & flags("I know. Can we talk about the rota tonight, after tea?", partner)
    assert not {"topic_switch", "performative_listening"} & flags("Fair. Shall we sit down on Sunday and go through it?", partner)


def test_an_elliptical_check_on_ones_own_turn_is_not_a_follow_up() -> None:
    partner = ("partner", "Oh. Right. Well, good on you for coming.")
    for reply in ("Sorry, I've gone on a bit there. Too much?", "That was a lot before your coffee. Bit heavy?", "Ugh, sorry. TMI?"):
        assert "follow_up_question" not in flags(reply, ("user", "My dad died in May and I've not really been sleeping since, so I'm here to get out of the house."), partner), reply


def test_a_prompt_to_go_on_is_neither_a_follow_up_nor_a_new_subject() -> None:
    partner = ("partner", "The van broke down on Tuesday, so the team walked in, six kilometres.")
    for reply in ("Right. What else?", "Okay. Anything else on your mind?"):
        assert not {"follow_up_question", "topic_switch"} & flags(reply, ("user", "How are the teams holding up?"), partner), reply
    assert "follow_up_question" in flags("Six kilometres! What else broke down?", ("user", "How are the teams holding up?"), partner)


def test_confirming_a_plan_or_calling_their_lot_light_is_not_a_reflection() -> None:
    plan = ("partner", "Thursday works. Come by the office at half ten and I'll have the drawings out.")
    assert "simple_reflection" not in flags("Grand, Thursday at half ten so. I'll bring the survey.", plan)
    assert "simple_reflection" not in flags("Perfect, the office on Thursday then.", plan)
    hurt = ("partner", "My dad made me work the farm every summer after I got suspended.")
    assert "simple_reflection" not in flags("Suspended? I got expelled twice. You're lucky he only made you work the farm.", hurt)
    assert "simple_reflection" not in flags("I did two years in a borstal. At least you got the summers on the farm.", hurt)
    assert "simple_reflection" in flags("So you started on the new team in June.", ("partner", "I started on the new team in June."))


def test_claiming_their_situation_as_ones_own_past_is_common_ground() -> None:
    lonely = ("partner", "I don't really know anyone on my course yet.")
    assert "common_ground" in flags("Oh mate, that was so me in first year. I ate lunch in the stairwell for a month.", lonely)
    assert "common_ground" in flags("We must've walked past each other at that festival a dozen times then.", ("partner", "I worked the gate at Womad for six summers."))
    assert "common_ground" in flags("I did ten years on the buses myself, so I know those early routes.", ("partner", "I've been driving the 5am route out of Hulme since March."))
    assert "common_ground" in flags("I'm petrified of that too.", ("partner", "I'm scared stiff of getting made redundant before the mortgage is sorted."))
    assert "common_ground" in flags("Same story at our place, the landlord's put the rent up twice since spring.", ("partner", "Our landlord's putting the rent up again in May."))
    assert "common_ground" in flags("Same. I spent my first year in Glasgow not knowing a soul and eating tea alone.", ("partner", "Moving cities at 30 is lonelier than I expected, I don't know anyone."))


def test_a_plan_a_fool_of_myself_or_their_own_doing_is_not_common_ground() -> None:
    assert "common_ground" not in flags("Sorry, that was me who moved your mug.", ("partner", "Who moved my mug off the desk?"))
    assert "common_ground" not in flags("I was dreading making a fool of myself tonight.", ("partner", "Good turnout, isn't it?"))
    assert "common_ground" not in flags("I'll bring the dessert as well then.", ("partner", "We're doing a barbecue Sunday, come along."))
    assert "common_ground" not in flags("So you kept to what we both agreed, and he still went over your head.", ("partner", "I stuck to the budget and he complained to my boss anyway."))
    assert "common_ground" not in flags("I think that too.", ("partner", "I reckon the council will cave by spring."))


def test_topping_their_number_or_their_age_is_one_upping() -> None:
    reports = ("partner", "I've got twelve direct reports now and it's a lot.")
    assert "one_upping" in flags("Twelve? Ha. My last team had forty reports, no deputy.", reports)
    assert "one_upping" not in flags("Twelve! I had about ten in my first team too, it's a lot.", reports)
    assert "one_upping" in flags("When I was your age I was working two jobs and studying nights.", ("partner", "It's tough juggling my part-time job with uni."))
    assert "one_upping" in flags("Trust me, I know tired.", ("partner", "I'm so tired, the baby's up three times a night."))
    assert "one_upping" not in flags("It's the start of term, so there's nothing left on the shelves.", ("partner", "I couldn't find any notebooks in town."))


def test_depth_reads_hopelessness_and_pills_for_nerves_but_not_a_lost_game() -> None:
    from simulator.analysis.disclosure import depth, partner_depth

    assert depth("Some mornings I can't see the point of getting up, to be honest.") == 4
    assert depth("The GP put me on tablets for my anxiety after the move.") == 4
    assert depth("He called off our engagement two weeks before the wedding.") == 3
    assert depth("I'm on tablets for my blood pressure.") == 0
    assert depth("We lost one game all season.") == 0
    assert depth("Sorry, I keep banging on at you like a broken record.") == 0
    assert partner_depth("We've only just moved and my daughter's finding it really hard at school.") == 2
    assert partner_depth("I've been on the new estates, bit of a nightmare if I'm honest.") <= 1


def test_a_yes_to_who_they_are_or_empathy_is_not_under_disclosure() -> None:
    assert "under_disclosure" not in flags("Yep, that's me. Where do you want the chairs?", ("partner", "You're the one from the youth club, yeah?"))
    assert "under_disclosure" not in flags("Eish, that sounds exhausting. What else is going on at work?", ("partner", "The generator's been off all week and I've been doing the night rounds on my own. I'm finished."))
    assert "under_disclosure" in flags("Right. Did you get the invoice I sent?", ("partner", "Sorry I've been slow. My dad's back in hospital and I'm finding it really hard to keep up."))
    assert "under_disclosure" in flags("Ha, long story. What got you into pottery?", ("partner", "So why the interest in kilns?"))


def test_inferring_the_same_thing_for_them_from_ones_own_is_common_ground() -> None:
    road = ("partner", "I'm on the Lesotho dam job, up past Mokhotlong.")
    assert "common_ground" in flags("Mokhotlong! Then you've driven that pass. I burst two tyres on it in 2019.", road)
    assert "common_ground" in flags("Oh so you know that Highveld cold too.", ("partner", "I grew up in Ermelo, winters were brutal."))
    assert "common_ground" not in flags("So you know what you want, then.", ("partner", "I've decided to take the Leeds offer."))


def test_calling_oneself_a_type_or_a_fan_is_light_sharing() -> None:
    from simulator.analysis.disclosure import depth

    assert depth("I'm a bit of a control freak about spreadsheets, tbh.") == 1
    assert depth("I've been a long-suffering Spurs fan for twenty years.") >= 1
    assert depth("Ngl I was bricking it before the interview.") == 2
    assert depth("My nephew can drive us on Saturday.") == 0


def test_a_company_we_or_a_plan_in_the_present_is_no_story_of_ones_own() -> None:
    from simulator.analysis.disclosure import depth

    assert depth("We build payroll tools for small charities across the north.") == 0
    assert depth("We support both iOS and Android runners, no extra cost.") == 0
    assert depth("I won't make it on Friday, sorry.") == 0
    assert depth("I've driven that road every winter since I was a teenager.") == 1
    assert depth("I've eaten my lunch alone in the van most days this month.") >= 1


def test_a_wish_that_accepts_or_asks_is_not_a_taste() -> None:
    from simulator.analysis.disclosure import depth

    assert depth("Yes, I'd really love to.") == 0
    assert depth("id love an intro if you know her") == 0
    assert depth("I'd love to walk the Camino one day.") == 1


def test_tears_once_are_a_minor_struggle_tears_that_recur_a_significant_one() -> None:
    from simulator.analysis.disclosure import depth

    assert depth("I cried in the loos after my first presentation.") == 2
    assert depth("I cried on the bus home pretty much every night that term.") == 3
    assert depth("I nearly cried when they handed me the keys.") == 2


def test_a_life_in_the_balance_or_a_family_rift_is_deep() -> None:
    from simulator.analysis.disclosure import depth

    assert depth("My mum's in intensive care and they don't know if she'll pull through.") == 4
    assert depth("My brother and I haven't talked in three years.") == 3
    assert depth("I'm a nurse on ICU at the Royal.") == 0
    assert depth("I might not make it to the quiz tonight.") == 0
    partner = ("partner", "Where are you off to this weekend?")
    assert "oversharing" in flags("Leeds. My dad's been in a coma since Tuesday and we haven't spoken in years.", partner)


def test_waving_oneself_off_or_a_polite_can_i_ask_is_under_disclosure() -> None:
    assert "under_disclosure" in flags("Ha, me? Nothing exciting. What do you do?", ("partner", "Anyway, enough about me. What brings you here?"))
    assert "under_disclosure" in flags("dunno really. is the canteen open?", ("partner", "Can I ask why you picked nursing?"))
    assert "under_disclosure" not in flags("Nothing exciting, I run a bike shop in Hebden Bridge. You?", ("partner", "What about you, what do you do?"))
    assert "under_disclosure" not in flags("Honestly? A later start on Fridays.", ("partner", "Fine. What are you actually proposing?"))


def test_rumination_or_a_future_in_doubt_is_them_opening_up() -> None:
    from simulator.analysis.disclosure import partner_depth

    assert partner_depth("I keep going over it in my head. I should have checked twice.") == 2
    assert partner_depth("My contract ends in May and I don't know if I can stay.") >= 2
    assert partner_depth("There's a lot going on at home right now.") == 2
    assert partner_depth("I've been stuck on that route all week.") <= 1
    assert "under_disclosure" in flags("When does your contract end?", ("partner", "My whole life's up in the air. I don't know if I can stay."))


def test_a_worse_than_yours_question_or_a_bigger_load_carried_is_one_upping() -> None:
    tired = ("partner", "I'm doing the work of three people since the cuts and honestly I'm drowning.")
    assert "one_upping" in flags("Harder than a week of deadlines? I lost two stone on my finals and still sat every exam.", ("partner", "This week of deadlines nearly broke me."))
    assert "one_upping" in flags("I ran the whole ward alone through Christmas and I still made every handover.", tired)
    assert "one_upping" not in flags("Who did you move with? We had a similar setup at Boots.", ("partner", "We moved providers in June, it was chaos."))
    assert "one_upping" not in flags("Oh no. I'm so sorry, that sounds exhausting. Can I take something off you?", tired)


def test_their_own_place_named_with_same_or_a_relatable_is_common_ground() -> None:
    gym = ("partner", "I train at the Castle Street climbing wall most evenings.")
    assert "common_ground" in flags("No way - same Castle Street wall! I'm there Tuesdays.", gym)
    assert "common_ground" in flags("Then we're in the same boat, both waiting on the same landlord.", ("partner", "Our landlord still hasn't fixed the boiler."))
    assert "common_ground" in flags("three weeks of toast is so relatable. mine was pot noodles.", ("partner", "after the breakup i lived on toast for three weeks lol"))
    assert "common_ground" not in flags("Same time next week?", gym)


def test_a_view_a_shared_fault_or_an_imagined_place_is_not_common_ground() -> None:
    partner = ("partner", "I think we should split the weekend cover evenly.")
    assert "common_ground" not in flags("I still think the weekend cover is the smaller problem.", partner)
    assert "common_ground" not in flags("We both should have raised it sooner.", ("partner", "I should have raised the cover issue sooner."))
    assert "common_ground" not in flags("Honestly, I'd have walked out of that meeting too.", ("partner", "I walked out of the meeting when they cut my budget."))
    assert "common_ground" not in flags("Also, the rota's up on the board now.", partner)


def test_guessing_at_their_lot_or_imagining_their_place_is_not_sharing() -> None:
    from simulator.analysis.disclosure import depth

    assert depth("I figured the school run's been mad with the new baby.") == 0
    assert depth("Honestly, I'd have panicked too in that meeting.") == 0
    assert depth("I figured out the boiler myself last winter, took me all weekend.") >= 1
    assert depth("I keep rehearsing what I'll say to her.") == 2
    assert depth("I still flinch when the phone rings at night.") >= 1
