"""Blame, owning a view, granting theirs, rushing, checking in and next steps, on sentences no labelled writer wrote."""

from __future__ import annotations

from factories import flags


def test_holding_their_own_words_or_deeds_against_them_is_an_attack() -> None:
    assert "you_statement_attack" in flags("You told me you were skint and then you're booking Ibiza.", ("partner", "Why are you being off with me?"))
    assert "you_statement_attack" in flags("Well you bought two new guitars this year, so.", ("partner", "Three hundred quid on shoes? Really?"))
    assert "you_statement_attack" in flags("Last time you planned the trip I ended up paying for everything.", ("partner", "What's that supposed to mean?"))
    assert "you_statement_attack" in flags("You're honestly the only one who has an issue with the new rota.", ("partner", "The rota is a mess."))
    assert "you_statement_attack" in flags("You talk to me like I'm one of your interns.", ("partner", "Just do it the way I said."))
    # Recalling what they said, warmly, is not.
    assert "you_statement_attack" not in flags("You said the venue was lovely and then you sent me the photos, thank you!", ("partner", "Glad you liked it."))


def test_polarity_decides_a_you_always_and_an_of_course_you_do() -> None:
    assert "you_statement_attack" in flags("Sam,\n\nYou always find a way to turn this back on me.\n\nJo", ("partner", "Jo, this is disappointing."))
    assert "you_statement_attack" not in flags("You always write such clear briefs, it makes my job easy.", ("partner", "Here's the brief for Monday."))
    assert "you_statement_attack" in flags("Of course you would.", ("partner", "I think we should sell the car."))
    assert "you_statement_attack" not in flags("Of course you are, you've worked so hard for this.", ("partner", "I'm so nervous about the interview, I feel sick."))
    # A maxim about anyone is not about them.
    assert "you_statement_attack" not in flags("You never really stop missing them, you just learn to carry it.", ("partner", "My gran died last spring."))


def test_owning_a_feeling_or_difficulty_where_there_is_a_difference_is_an_i_statement() -> None:
    assert "i_statement" in flags("I'm hesitant, though.", ("partner", "I think we should move the launch to May."))
    assert "i_statement" in flags("I find the new approval process really confusing.", ("partner", "Why did you skip the sign-off?"))
    assert "i_statement" in flags("I felt unappreciated when the credit went to the whole team.", ("partner", "That's not fair, I did mention you."))
    assert "i_statement" in flags("I'm frightened that if he moves out we'll never talk again.", ("partner", "Why didn't you say anything?"))
    # Worry about how one came across, a plain need, an offer: no point of difference.
    assert "i_statement" not in flags("I was worried it would sound like I was moaning.", ("partner", "No, it's fine. Anything else?"))
    assert "i_statement" not in flags("I need a sound engineer for the June dates.", ("partner", "Sounds busy."))


def test_brushing_off_their_question_to_get_to_ones_own_business_is_a_rush() -> None:
    assert "efficiency_rush" in flags("Fine. Can we discuss my contract renewal?", ("partner", "Morning! How was the conference?"))
    assert "efficiency_rush" in flags("Sure. So is the budget approved or not?", ("partner", "Before that, how's the team settling in?"))
    assert "efficiency_rush" in flags("Totally. So who heads up purchasing at your trust?", ("partner", "I'm shattered, we had an audit all week."))
    assert "efficiency_rush" not in flags("Good thanks. How was your weekend?", ("partner", "How are you?"))
    # Their own item, taken up: not one's own agenda.
    assert "efficiency_rush" not in flags("Sure. Can we look at the rota for next week then?", ("partner", "Got a minute? I wanted to check the rota for next week."))


def test_a_pitch_in_prices_is_a_rush() -> None:
    assert "efficiency_rush" in flags("Hi Priya, lovely to meet you at the expo! I've attached our price list, and there's 15% off for new clients this month.")
    assert "efficiency_rush" in flags("Our plans start at forty pounds a month per seat.", ("partner", "Hi, I run a small cafe."))
    assert "efficiency_rush" not in flags("I got 10% off my trainers in the sale, bargain.", ("partner", "Nice shoes!"))


def test_checking_how_one_came_across_or_whether_to_go_on_is_a_check_in() -> None:
    assert "check_in" in flags("Was that okay, me going on about my dad like that?", ("partner", "Thanks for telling me."))
    assert "check_in" in flags("Sorry, was that a bit much?", ("partner", "Right. Okay."))
    assert "check_in" in flags("Are you okay to carry on, or would you rather pick this up on Monday?", ("partner", "I don't know what else to say."))
    assert "check_in" in flags("How's this been for you, talking it through?", ("partner", "Helpful, I think."))
    # Permission to ask a how-to question, or how their new job is going, is about the topic.
    assert "check_in" not in flags("Is it okay if I ask how you got the dough so crisp?", ("partner", "I made the pizza myself."))
    assert "check_in" not in flags("How's the new job been?", ("partner", "I started at the bank in June."))


def test_granting_their_side_in_their_terms_acknowledges_their_view() -> None:
    assert "acknowledges_view" in flags("I can see the board wants the numbers settled before the audit.", ("partner", "The board still isn't happy with the forecast."))
    assert "acknowledges_view" in flags("No. You do visit him every week, and he loves it when you come.", ("partner", "That's not fair. I visit him every week."))
    assert "acknowledges_view" in flags("Ok, fair, that was a low blow.", ("partner", "That's not fair, I've hit every deadline this year."))
    assert "acknowledges_view" in flags("The late finishes are hard on your crew, I get that.", ("partner", "My crew are knackered from the late finishes."))
    assert "acknowledges_view" not in flags("I know it's not your favourite topic.", ("partner", "Sure, let's talk about the appraisal."))
    # Their worry said back when nobody disagrees is a reflection.
    assert "acknowledges_view" not in flags(
        "So it's not just the rent you're worried about, it's the whole street changing.", ("partner", "The rent's gone up and half the shops are closing.")
    )


def test_a_next_step_can_be_an_invitation_or_a_time_put_as_a_question() -> None:
    assert "follow_through" in flags("Come over to ours on Saturday at two and you can borrow the tent.", ("partner", "I'd love to try camping."))
    assert "follow_through" in flags("Could we look at the flat together when you're back in April?", ("partner", "I'm not sure about the flat."))
    assert "follow_through" in flags("I'm free for a call any morning next week.", ("partner", "Want me to introduce you to Raj?"))
    # 'ill' and 'lets' are words too; a demand is not a next step.
    assert "follow_through" not in flags("He's been so ill this week, I'm run off my feet.", ("partner", "How's your dad?"))
    assert "follow_through" not in flags("Well, lets see how he gets on, he lets everyone down in the end.", ("partner", "Is Tom coming?"))
    assert "follow_through" not in flags("I'm going to need you on the pitch next week.", ("partner", "Anything else?"))


def test_what_they_need_or_could_go_and_do_is_advice_but_a_share_of_a_joint_plan_is_not() -> None:
    assert "unsolicited_advice" in flags("You could ask your landlord about a rent freeze.", ("partner", "My rent's gone up again."))
    assert "unsolicited_advice" in flags("You need a better mattress, honestly.", ("partner", "My back's been terrible."))
    assert "unsolicited_advice" not in flags(
        "I'll book the venue on Monday, and you could ask your sister about the cake.", ("partner", "So how do we split the party jobs?")
    )


def test_a_question_about_this_talk_or_ones_own_part_in_it_is_a_check_in() -> None:
    p = ("partner", "Oh. Right. Okay.")
    assert "check_in" in flags("Sorry, way too heavy for a Tuesday?", p)
    assert "check_in" in flags("Have I become a total nag?", p)
    assert "check_in" in flags("Am I taking up too much of your lunch?", p)
    assert "check_in" in flags("Are you still okay to keep going with this?", p)
    assert "check_in" in flags("Shall we start this whole thing over?", p)
    assert "check_in" in flags("How r u finding this chat so far?", p)
    assert "check_in" in flags("Is any of this actually useful?", p)
    # The same shapes about the matter, not the talk.
    assert "check_in" not in flags("Too much sugar in it?", ("partner", "I made the flapjack."))
    assert "check_in" not in flags("Should I stop at the shop?", ("partner", "We need milk."))
    assert "check_in" not in flags("How are you finding the new job?", ("partner", "I started at the bank in June."))


def test_a_habit_named_a_hyperbole_or_shame_called_down_is_an_attack() -> None:
    p = ("partner", "I've already booked it.")
    assert "you_statement_attack" in flags("You pull this every single meeting.", p)
    assert "you_statement_attack" in flags("You decide on your own and then expect the rest of us to fall in line.", p)
    assert "you_statement_attack" in flags("You'd lose your head if it wasn't screwed on.", p)
    assert "you_statement_attack" in flags("You went to HR behind my back.", p)
    assert "you_statement_attack" not in flags("You always make me feel so much calmer.", ("partner", "Glad I could help."))
    assert "you_statement_attack" not in flags("Do you do this every week?", ("partner", "I run the quiz."))


def test_how_to_go_about_it_next_time_is_advice() -> None:
    p = ("partner", "I've no idea what I'm doing with this garden.")
    assert "unsolicited_advice" in flags("Next time, ring the council first.", p)
    assert "unsolicited_advice" in flags("Whatever you do, don't sign anything till Monday.", p)
    assert "unsolicited_advice" in flags("A word of advice: keep a log of every call.", p)
    assert "unsolicited_advice" not in flags("Next time I'll bring the good biscuits.", p)
    assert "unsolicited_advice" not in flags("Wait till you see the view.", p)


def test_wanting_their_ear_for_ones_own_matter_is_a_rush_unless_they_asked() -> None:
    assert "efficiency_rush" in flags("Hiya, could I pick your brains about the grant round?", ("partner", "Lovely night for it."))
    assert "efficiency_rush" in flags("What are your lead times on wholesale?", ("partner", "I'm a buyer for a homeware shop."))
    assert "efficiency_rush" in flags("Would you be up for taking a shift on the cake stall?", ("partner", ""))
    assert "efficiency_rush" in flags("Ha. So our bid goes in Friday, what do the panel look for?", ("partner", "I'm on my day off, to be honest."))
    assert "efficiency_rush" not in flags("I'm building a booking app for physios.", ("partner", "So what do you do?"))
    assert "efficiency_rush" not in flags("I was hoping to catch the last train.", ("partner", "Are you staying for the band?"))


def test_a_plan_read_back_or_left_to_them_with_a_time_is_a_next_step() -> None:
    assert "follow_through" in flags("So that's Friday the 9th, by the library.", ("partner", "Our group meets the second Friday."))
    assert "follow_through" in flags("I'm heading to the market on Sunday morning, if you're still around.", ("partner", "I'd love to see it."))
    assert "follow_through" in flags("Half seven at the gate. I'll bring the flask.", ("partner", "Half seven then?"))
    assert "follow_through" not in flags("Is this too much for a Friday, or shall we carry on?", ("partner", "I miss her too."))


def test_a_bare_concession_given_content_in_the_next_sentence_grants_their_view() -> None:
    p = ("partner", "With respect, that's not fair. I've been doing two jobs.")
    assert "acknowledges_view" in flags("Okay. You're right. I've been treating your two jobs as if they were one.", p)
    assert "acknowledges_view" in flags("Ha, fair cop, the bathroom is a state and that's down to me.", ("partner", "And you're so tidy?"))
    assert "acknowledges_view" not in flags("You're right.", p)


def test_a_want_or_a_line_owned_in_a_difference_is_an_i_statement() -> None:
    p = ("partner", "I think we should just push through tomorrow, it's not fair on the client.")
    assert "i_statement" in flags("What I'd want is for us to take it in turns.", p)
    assert "i_statement" in flags("But I've seen a roof come down once, and I won't risk it again for a deadline.", p)
    assert "i_statement" in flags("The ending, for me, is about her being alone, but I know you love the lights.", p)
