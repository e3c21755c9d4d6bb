"""Self-disclosure: does a turn share something of the speaker's own, and how deep (0-4)?

Depth is read clause by clause, and only from clauses the speaker is the subject of: a
feeling word in "you're lonely" or "your marriage" is the listener's, not the speaker's.
Plans and offers ("I'll send it tonight") and remarks about this very conversation are
not self-disclosure either.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .questions import is_question
from .text import content_stems, sentences

FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|id|i'll|my|me|mine|myself|we|we're|we've|our|ours|us|"
    r"the (?:wife|missus|husband|hubby|kids|old man|old lady))\b"
)
# Clause openers that make a first person a listener, not a discloser.
LISTENER_ONLY = re.compile(
    r"^(?:(?:oh|ah|yeah|well|so|ok|okay|and|but|honestly|totally|right|sure|absolutely|wow|haha|lol|hmm|mm|yes|no|cool|nice|look|see|sorry|gosh|god)[,!.\s]+)*"
    r"(?:i (?:see|hear|get(?= (?:it|that|this|you|what|why|how|where|the (?:point|idea|feeling))\b|\W*$)|understand|know|agree|bet|guess|wonder|imagine|was wondering|'?m curious|am curious|'?d love to|would love to|'?m sorry|am sorry|"
    r"can see|can imagine|can tell|appreciate|hope|think so|don'?t know|dunno|mean|didn'?t know|didn'?t realise|didn'?t realize|had no idea|figured(?! out)|assumed|gathered|take it|"
    r"(?:really |totally |completely |do )?(?:understand|get|see) why|(?:think|bet|reckon|guess) (?:you|that you)|don'?t think you|'?m (?:so |really )?(?:glad|sorry)|am (?:so |really )?(?:glad|sorry)|love that|remember you)|"
    r"(?:let|tell|help|remind) me|i'?m (?:listening|here|all ears)|that makes me|thank(?:s| you)|"
    # Their place imagined, not one's own life: "I'd have assumed the same", 'I would have walked out too'.
    r"i(?:'d| would)(?: have|'ve| of) (?:\w+ )?(?:assumed|thought|felt|done|said|walked|been|reacted|panicked|lost it|quit|left|cried|snapped|gone))\b"
)
# First person that only carries a plan or offer: "I'll send", "let's meet", "I can walk you".
PLAN = re.compile(
    r"\b(?:i'?ll|ill|i will|i'?m going to|i am going to|i can(?!'?t|not)|i could(?!n'?t| not)|i'?m happy to|happy to|let me|let'?s|lets|we'?ll|we will|"
    r"we can|we could|shall i|shall we|can i|could i|may i|should i|do i|would i|want me to|if i|i'?d be (?:happy|glad) to|"
    r"could we|can we|we should|should we|what if we|why don'?t we|how about we|"
    r"i(?:'?d like| would like| want| wanted| need|'?d love| would love) to (?:talk|discuss|ask|chat|raise|go through|talk through|share|bring up|say|give you|get|catch|see|hear|read|know|look at)|"
    r"i (?:wanted|want|'?d like|would like|just wanted|meant) to (?:check in|see how|ask how|hear how|make sure)|"
    r"i (?:thought|figured) (?:we'?d|we would|we could|i'?d|i would|i could)|i'?d (?:like|love) that\W*$|"
    # A wish that is an acceptance or a request ('Yes, I'd love to.', "I'd really love an intro", 'id love that'), not a taste.
    r"(?:i'?d|id|i would)(?: (?:really|genuinely|honestly|absolutely|so|truly|just|also|definitely))* (?:love|like|appreciate|welcome)"
    r"(?= (?:that|an? (?:intro|introduction|chat|call|word|look|copy|catch-?up|coffee)|some (?:time|advice|help)|\w+ minutes|to (?:help|hear|meet|get|grab|come|join|connect|introduce|chat|talk|catch up|keep in touch|stay in touch|follow up|see (?:it|that|them|you|how))\b)|\W*(?:to)?\W*$))\b"
)
# Remarks about the conversation itself ("I've talked your ear off"), not about one's life.
META = re.compile(
    r"\b(?:(?:talked|talking|fired|going on|banged on|rambl\w*|ranted|ranting|said|asked|changed the subject|talking over|talked over|came in|come in|"
    r"made it about me|made this about me|jumped|dumped)\b.{0,30}\b(?:you|your ear|earlier|twice|at you|questions|too much|hot)|"
    r"came out|come across|(?:too )?nosy of me|"
    # One's own conduct in this very talk: 'I unloaded all that on you', 'I keep repeating you like a parrot', 'that was a lot'.
    r"(?:unload\w*|offload\w*|dump\w*|trauma[- ]dump\w*|overshar\w*|vent\w*|unburden\w*) .{0,40}\bon (?:you|u|ya)|(?:keep|kept|been) (?:saying|repeating|asking|interrupting|going on|banging on|parroting)|"
    r"like a (?:parrot|broken record|sales ?(?:call|pitch|man))|came at (?:this|it|you) like|(?:that|this) (?:was|is|'s|got) (?:a lot|a bit much|too much|heavy|intense|loads|dark)\b(?! (?:of|at|in|to (?:do|get|learn)))|"
    r"overdone it|by the way|(?:skipped|went|rushed|steamroller\w*|steamroll\w*) (?:straight )?(?:past|over) what you|"
    r"(?:a |an )?(?:terrible|awful|bad|rubbish|poor|clumsy|weird|stupid|dumb|silly) (?:answer|reply|response|question|thing to say|way to put it))\b"
)
ABOUT_THEM = re.compile(r"^(?:(?:and|so|but|then|now)\s+)?(?:you|you'?re|you'?ve|you'?d|your|u|ur)\b")
# Opinions on the practical matter between us ("I reckon we push back") are positions, not sharing.
STANCE = re.compile(r"^(?:(?:so|and|but|well|honestly|look|right|still)[,\s]+)*(?:i (?:think|reckon|believe|suppose|guess|don'?t think)|in my (?:view|opinion)) (?:we|you|they|it|that|this|the)\b")
# 'so' splits only as a conjunction ('..., so I left'), never as an intensifier ('I was so hurt').
CLAUSE_SPLIT = re.compile(r"[,;:()]|\s-\s|\b(?:but|because|though|although|whereas)\b|\bso\b(?= (?:i|i'm|i've|we|you|he|she|they|it|that|my|our|the)\b)")
HEDGE = re.compile(r"\b(?:a bit|a little|slightly|kind of|sort of|kinda|a tad|lowkey|bit of a)\b")

DEPTH4 = re.compile(
    r"\b(?:died|dying|death|passed away|(?:my|our|his|her|she|he|wife|husband|mum|mom|mam|dad|mother|father|nan|nana|gran|granny|grandma|grandad|granddad|grandpa|brother|sister|son|daughter|friend) passed|funeral|grief|griev\w*|miscarr\w*|"
    r"cancer|tumou?r|chemo|diagnos\w*|terminal|surgery|hospitali[sz]ed|depress\w*|antidepressant\w*|suicid\w*|self[- ]harm|overdos\w*|addict\w*|"
    r"alcoholi\w*|rehab|relaps\w*|sober|sobriety|abuse\w*|abusive|assault\w*|trauma\w*|ptsd|affair|cheated on|infertil\w*|ivf|"
    r"never told anyone|haven'?t told (?:anyone|the kids|my)|not told (?:anyone|the kids|my)|don'?t tell (?:people|anyone)|nobody knows|no one knows|"
    r"bankrupt\w*|homeless|breakdown|panic attacks?|panic disorder|anxiety disorder|diazepam|valium|xanax|sertraline|citalopram|prozac|antipsychotic\w*|beta[- ]blockers|(?:hanged|killed|shot) (?:him|her|them)sel(?:f|ves)|took (?:his|her|their) own life|eating disorder|bipolar|psychiatric|in therapy for|attempted|"
        r"(?:shadow|lump|mass) (?:on|in) my|"
    # A life in the balance now: theirs or their own ('my dad's in the ICU', "they don't know if he'll wake up", 'they nearly lost me').
    r"(?:is|'s|was|been|still|now) (?:\w+ )?in (?:the )?(?:icu|intensive care|itu|a coma|an induced coma)|on (?:a )?life support|"
    r"(?:don'?t|didn'?t|doesn'?t|do not|did not) know if (?:he|she|they|i|mum|mom|dad)(?:'ll| will| would|'d)? (?:\w+ )?(?:wake up|make it|pull through|survive|live)|"
    r"(?:might|may|won'?t|wouldn'?t) (?:not )?(?:make it|wake up|pull through)(?! (?:to|in|on|for|by)\b)|(?:nearly|almost) lost me|(?:say|said|saying) (?:her|his|their|our|my) goodbyes|"
    r"(?:triple|double|quadruple|heart) bypass|(?:i|i'?ve) had (?:a |my )?(?:\w+ )?heart attack|my (?:first |second |last )?heart attack|transplant|(?:on|in) my (?:lungs?|heart|brain|breast|liver|kidneys?)|"
    # Hopelessness, a life lost to drink, a baby lost, pills for one's nerves: rarely told, whatever the words.
    r"(?:can'?t|cannot|couldn'?t|don'?t|didn'?t) (?:really )?see (?:the|any) point (?:of|in) (?:anything|it all|living|going on|getting up)|(?:can'?t|don'?t) see the point any ?more|"
    r"(?:drank|drink|drinking|drugs|the bottle) (?:him|her|them)sel(?:f|ves)|(?:drank|drinking) (?:until|till|til) (?:it|that) (?:killed|finished)|(?:it|that|the drink|drink|the drugs) (?:killed|finished) (?:him|her|them|my)|"
    r"(?:we|i) lost (?:a baby|the baby|a little (?:girl|boy|one)|our (?:baby|first baby|little (?:girl|boy|one)))|(?:we|i) lost one(?= *(?:[,;]|$|at \w+ (?:weeks|months)|in (?:'|19|20)))|stillb\w*|"
    r"(?:tablets|pills|meds|medication) for (?:my |the )?(?:nerves|anxiety|depression|mood|head|panic)|"
    r"never (?:really )?(?:talked|spoken|told anyone) about (?:it|this|that|her|him))\b"
)
DEPTH3 = re.compile(
    r"\b(?:nearly quit|almost quit|thought about quitting|(?:i'?m|i am|i was|i'?m just|me) (?:not|never) (?:made|cut out|built) for|(?:the )?worst (?:\w+ )?(?:years?|months?|weeks?|time|period|patch) of my life|fraud|impostor|imposter|divorc\w*|separat\w*|marriage|break ?up|broke up|split (?:up|with (?:my|his|her|their))|we split|"
    r"my (?:partner|wife|husband|ex|girlfriend|boyfriend) and i|argu(?:e|ing) (?:a lot|all the time|constantly)|fight(?:ing)? all the time|therapy|therapist|counsell?ing|"
    r"burn\w* ?out|burnt out|breaking point|(?:really |so |terribly |genuinely )?(?:scared|afraid|terrified|frightened) (?:that i|of losing|i'?ll|i will|i'?m)|"
    r"lost my job|got fired|was fired|nearly (?:sacked|fired)|unemployed|out of work for|debt|money worries|behind on (?:the |our |my )?(?:mortgage|rent|bills)|"
    r"nightmares (?:about|since|every)|lonely|loneliness|"
    r"isolated|"
    # Tears that recur or last ('cried in the car park almost every shift', 'spent the whole night crying'); one cry is depth 2.
    r"(?<!nearly )(?<!almost )(?<!could have )(?:i|i\'ve|we|we\'ve) (?:(?!nearly|almost)\w+ ){0,5}?(?:cried|cry|crying|in tears|had a cry)"
    r"(?=[^.;]{0,40}\b(?:every|each|most|all (?:the time|night|day|week|weekend)|whole|for (?:days|weeks|months|hours|ages)|nightly|daily|constantly|non-?stop|again and again|at night)\b)|"
    r"\b(?:every|most|each) (?:\w+ ){1,4}?(?:i|we) (?:\w+ )?(?:cried|cry|crying)\b|(?:spent|spend|spending) (?:\w+ ){0,4}crying|(?:keep|kept|still|can'?t stop|couldn'?t stop) (?:\w+ )?(?:crying|cry)\b|cried myself|falling apart|hate myself|ashamed|shame|worthless|not good enough|desperate(?! to)|not coping|can'?t cope|"
    r"estranged|(?:nearly|almost) lost (?:him|her|them)|don'?t speak to|haven'?t spoken|haven'?t (?:really |properly )?talked(?: to (?:each other|him|her|them|my \w+))? (?:in|for) (?:years|months|ages|(?:\w+ )?(?:years|months))|(?:not|aren'?t|weren'?t) on speaking terms|(?:cut|cuts|cutting) (?:me|us) off|not speaking|barely speaking|custody|struggl\w* (?:badly|a lot|with (?:my|anxiety|money|mental))|mental health|anxiety|(?:hard|rough|tough|difficult|bad) time mentally|"
    r"dark place|rock bottom|hospice|bad patch|rough patch|(?:not |couldn'?t |can'?t )?get(?:ting)? (?:out of bed|off the (?:sofa|couch))|lost my (?:dad|mum|mom|mother|father|wife|husband|son|daughter|brother|sister|baby|partner|best friend)|(?:really|so|pretty|been|feeling) low\b|in and out of hospital|spare room|separate rooms|(?:he|she|they|dad|mum|mom|father|mother|wife|husband|partner|ex) (?:just )?(?:walked|moved) out|walked out on (?:me|us)|"
    r"(?:wife|husband|partner|missus|girlfriend|boyfriend) left|drinking (?:more|too much|a lot|every)|nearly broke me|(?:completely|flat|totally) broke|"
    r"(?:my|our) (?:dad|mum|mom|mother|father|son|daughter|kid|parent|wife|husband)s?(?:'s| is| was| has been| got| had|'s been| 's been) (?:really |very |so |quite )?(?:sick|ill|unwell|a stroke|in hospital|in and out of hospital)|"
    r"carer|caring for my|miserable|heartbroken|devastated|useless|failing (?:everyone|at)|like a failure|"
    # A wedding called off, nights lying awake, not eating: a significant struggle told plainly.
    r"(?:he|she|they) (?:called|broke) (?:it|the (?:wedding|engagement)) off|called off (?:the|our|my) (?:wedding|engagement)|jilted|left (?:me )?at the altar|"
    r"lie (?:there )?awake|lying awake|lay awake|(?:not|haven'?t|hardly|barely) (?:been )?eat(?:en|ing) (?:properly|much|a thing)|(?:not|haven'?t) been eating|"
    r"hate myself|can'?t stop (?:checking|thinking about) (?:her|his|their|him|it)|keep checking (?:her|his|their))\b"
)
DEPTH2 = re.compile(
    r"\b(?:nervous|anxious|awkward|struggl\w*|rough|hard time|tough time|stress\w*|embarrass\w*|frustrat\w*|overwhelm\w*|"
    r"(?:really |such a |a (?:really |very )?)bad (?:day|week|night|month|year)|(?:quit|left) my job|drifting|"
    r"exhausted|drained|insecure|redundan\w*|laid off|nightmares?|cried|crying|(?:been|feeling|felt|a bit|pretty|so|really|quite) flat\b|(?:wearing|getting|grinding|dragging) (?:me|us) down|wrecked me|floored me|tired all the time|(?:so|really|completely|always) tired|had a (?:fall|scare|bad fall)|(?:stuff|things|a lot|something) (?:going on )?at home|(?:weird|strange|awkward|tough|odd|lonely|scary) for me|intimidat\w*|out of my depth|messed up|screwed up|mistake|regret\w*|"
    r"felt (?:like (?:i|we|nobody|no one|a|such)|so|really|a bit|pretty|very|lost|stupid|useless|left out|overlooked|invisible|awful|bad|terrible|guilty|small|unfairly)|"
    r"i feel (?:like (?:i|we|nobody|no one)|so|really|a bit|pretty|very|lost|stuck|left out)|hurt|upset|sad|homesick|miss (?:my|home|them|her|him)|"
    r"scared|afraid|terrified|frightened|petrified|panick\w*|freak\w* out|doubt\w*|unsure of myself|self-conscious|shy|introvert\w*|"
    r"hard for me|difficult for me|can'?t sleep|couldn'?t sleep|could not sleep|barely sleep\w*|not slept|haven'?t slept|insomnia|"
    r"(?:no|little|\w+ hours'?) sleep|knots? in my (?:stomach|gut)|(?:hardest|toughest|worst) (?:\w+ )?(?:i'?ve|of my)|desperate to|"
    r"(?:my )?life(?:'s| is) (?:insane|crazy|chaos|a mess|hectic|mad)|took me (?:a while|ages|years)|dread\w*|shook me|(?:lost|losing) my mind|wince|guilt\w*|"
    r"confess|secretly|bricking it|bricked it|shitting (?:it|myself)|crapping (?:it|myself)|cacking (?:it|myself)|proud|relieved|gutted|disappointed|annoyed|angry|cried|stuck(?! (?:on|at|behind|into|in (?:traffic|a queue|the queue|a meeting|meetings|the lift))\b)|bad at (?:this|these|it)|"
    r"nearly (?:finished|killed) me|(?:went|go|going) (?:badly|wrong|terribly)|worr\w* (?:that )?(?:i|i'?ll|i'?m|about me|about my|myself)|"
    r"(?:worr\w*|scared|afraid) (?:i'?ll|i will|i'?m|i am) (?:be|the)|hid|hiding|"
    # Struggling without the word: finding it hard, not managing, doing two jobs, missing someone gone.
    r"find(?:ing|s)? it (?:really |so |quite |very |a bit |pretty )?(?:hard|tough|difficult|rough)|(?:can'?t|cannot|couldn'?t|don'?t think (?:i|we) can|not sure (?:i|we) can) (?:manage|cope|keep up|keep going|handle)|"
    r"(?:hard|tough|difficult|impossible) to (?:focus|concentrate|sleep|switch off|cope|get (?:up|out of bed|through the day)|think straight|keep going|eat|breathe)|"
    # Rumination and a future in doubt: 'I keep replaying it', "I don't know if I can stay", 'my visa's up in the air'.
    r"(?:keep|kept|keeps|can'?t stop|couldn'?t stop|been) (?:\w+ )?(?:replaying|reliving|rehearsing|going over|beating myself up)|beat(?:ing)? myself up|"
    r"don'?t know if (?:i|we)(?:'ll| will)? (?:can |could )?(?:stay|cope|manage|keep (?:going|it up|up)|afford|make it through|go on)\b|"
    r"(?:life|future|visa|job|place|everything)(?:'s| is| was| has been|'s been) (?:all |completely |totally )?(?:up in the air|on hold|in limbo)|"
    r"(?:i'?m|i am|we'?re|i was|been|feel(?:ing)?|felt) (?:\w+ ){0,2}?(?:drowning|sinking|going under|snowed under|swamped|underwater|at the end of my tether|running on empty)\b|"
    r"(?:covering for|doing the work of|doing the jobs? of|working for) (?:two|three|four|2|3|4) (?:people|colleagues|staff)|"
    r"(?:doing|covering|working|juggling) (?:two|three|2|3) (?:jobs|roles)|(?:two|three) people'?s (?:work|jobs)|no (?:days? off|weekends? off)|seven days a week|"
    r"(?:feel|felt|feeling) (?:closest|closer|close|near|nearer) to (?:her|him|them|my (?:mum|mom|dad|mother|father|gran|nan))\b(?! (?:now|than you))|miss (?:her|him) (?:so|every|terribly|a lot))\b"
)
# A feeling of one's own, named with a linking verb ('I felt quite stupid', 'I get defensive',
# 'I was so hurt'): the whole family of hurt, fear, shame, anger and inadequacy, at depth 2.
FEELING_ADJ = (
    r"(?:stupid|dumb|small|silly|foolish|resentful|bitter|jealous|envious|defensive|weird|awful|terrible|horrible|sick|guilty|lost|stuck|"
    r"helpless|powerless|trapped|invisible|unappreciated|unseen|unheard|overlooked|ignored|excluded|left out|judged|inadequate|incompetent|"
    r"out of place|anxious|nervous|scared|afraid|terrified|frightened|petrified|panicky|tense|on edge|shaky|shaken|rattled|upset|hurt|sad|down|angry|furious|"
    r"cross|annoyed|irritated|frustrated|disappointed|embarrassed|humiliated|self-conscious|insecure|vulnerable|exposed|overwhelmed|exhausted|"
    r"drained|uneasy|uncomfortable|awkward|homesick|torn|conflicted|confused|worried|miserable|lonely|isolated|unwanted|rejected|abandoned|"
    r"betrayed|wound up|stressed|panicked|paranoid|hopeless|crushed|gutted|heartbroken|ashamed|useless|worthless|unsure|clueless|behind|"
    r"fuming|livid|seething|raging|fried|frazzled|knackered|shattered|wiped out|burnt out|run down|worn out)"
)
# The same family where 'I'm' alone carries it ('I'm honestly fuming'), less the words that also name a
# stance or a place ('I'm worried that we slip', "I'm lost", "I'm behind on the reading").
FEELING_SELF = "(?:" + "|".join(w for w in FEELING_ADJ.strip("(?:)").split("|") if w not in {
    "worried", "concerned", "unsure", "uncomfortable", "confused", "torn", "conflicted", "lost", "stuck", "behind", "down", "sick", "cross", "clueless", "weird"}) + ")"
FEELING = re.compile(
    r"(?:\b(?:i|i'm|i've|we|we're|me)\b(?: \w+){0,2}? (?:feel|feels|felt|feeling|get|gets|got|getting|was|were|am|'m|are|'re|been|become|became|grew|go|went)|\b(?:i'm|im|we're)(?= (?:\w+ ){0,3}?" + FEELING_SELF + r"\b))"
    r"(?: (?:really|so|pretty|quite|a bit|a little|kind of|kinda|sort of|very|totally|honestly|super|incredibly|genuinely|properly|completely|utterly|deeply|more|too|all|just|actually|still))*"
    r" " + FEELING_ADJ + r"\b(?!(?<=stuck) (?:on|at|behind|into|in (?:traffic|a queue|the queue|a meeting|meetings|the lift))\b)|\bmakes? me (?:feel|want to)\b|\bmade me (?:feel|want to)\b"
)
DEPTH1 = re.compile(
    r"\b(?:love|loved|i (?:really |do |quite )?(?:like|liked)|i'?d like|enjoy\w*|prefer\w*|hate|hated|fan of|i'?m (?:really |so |big )?into|favou?rite|"
    r"i'?d (?:take|choose|pick) .{3,40} over|fun|interesting|boring|dull|bored|tired|worr\w*|terrible|awful|horrible|dreadful|amazing|brilliant|lovely|gorgeous|grim|"
    r"think|thought|i find|i found|found it|find it|reckon|believe|guess|opinion|honestly|hobby|hobbies|passion\w*|dream|hope|wish|"
    r"i'?m (?:a big|a huge|not a|more of)|i'?m (?:a bit of a|a wee bit of a|bit of a|a total|a real|such a|a complete|a proper|a massive|a right|a terrible|a hopeless) [\w-]+|"
    r"(?:lifelong|life-long|die-?hard|long-?suffering|massive|huge|big|years? an?|years as an?) [\w ]{0,20}?fan\b|fan of|"
    r"can'?t stand|obsessed|addicted to|miss|excited|curious|surprised|impressed|(?:what|which|that'?s what) (?:really |finally |always )?(?:worked|works|helped|helps|got) (?:for )?me\b|flinch\w*|"
    r"learn\w*|trying to|training for|getting into|got into|started|picked up|took up|been (?:doing|learning|trying|getting)|"
    r"first time|first one|new to|beginner|newbie|didn'?t know anyone|don'?t know anyone|sanity|guilt\w*|freeze|"
    r"(?:my|our) (?:son|daughter|kids?|lad|boy|girl|wife|husband|partner|mum|mom|mam|dad|mother|father|parents|brother|sister|grandmother|grandfather|grandma|grandpa|grandad|granddad|granny|nana|nanna|"
    r"granddaughter|grandson|grandkids|grandchildren|family|dog|cat|uncle|aunt|nan|gran|knee|back|ankle|shoulder)s?\b|"
    r"(?:i'?ve|i have|we'?ve|we have) got (?:a |an |two |three )?(?:\w+ )?(?:dog|cat|puppy|kitten|greyhound|rescue|kids?|baby|twins))\b"
)
# English irregular past forms: the whole family, so 'I tore', 'I resat', 'I threw up' read as stories like 'I moved'.
IRREGULAR_PAST = (
    r"(?:arose|awoke|bore|beat|became|began|bent|bet|bit|bled|blew|broke|bred|brought|built|burnt|burst|bought|caught|chose|clung|came|cost|crept|cut|"
    r"dealt|dug|did|drew|dreamt|drank|drove|ate|fell|fed|felt|fought|found|fled|flung|flew|forgot|forgave|froze|got|gave|went|ground|grew|hung|had|heard|"
    r"hid|hit|held|hurt|kept|knelt|knew|laid|led|leant|leapt|learnt|left|lent|let|lay|lit|lost|made|meant|met|paid|put|quit|read|rode|rang|rose|ran|"
    r"said|saw|sought|sold|sent|set|shook|shed|shone|shot|showed|shut|sang|sank|sat|slept|slid|slung|spoke|sped|spelt|spent|spilt|spun|spat|split|"
    r"spread|sprang|stood|stole|stuck|stung|stank|struck|swore|swept|swam|swung|took|taught|tore|told|thought|threw|understood|woke|wore|wove|wept|"
    r"won(?!'t)|wound|wrote|resat|retook|rebuilt|overslept|overheard|undertook|withdrew|mistook|upset|"
    # and their participles after have/had: "I've eaten lunch in my car", "we'd driven all night"
    r"eaten|given|taken|gone|written|spoken|driven|ridden|fallen|forgotten|forgiven|hidden|grown|thrown|worn|torn|sworn|"
    r"broken|chosen|frozen|stolen|woken|begun|drunk|sung|sunk|swum|flown|bitten|beaten|risen|shaken|mistaken|overtaken|undergone)"
)
# A past-tense story of one's own, not a bare fact: "I did my ACL playing rugby, two ops".
PAST_STORY = re.compile(
    r"\b(?:i|we|i'?ve|we'?ve|i'?d)(?: \w+)? (?:had|did|sat|read|done|been|went|was|were|broke|ran|got|spent|lost|came|found|learned|learnt|built|moved|caved|stood|sat|hid|"
    r"watched|used to|made|took|felt|wrote|rebuilt|quit|left|tried|" + IRREGULAR_PAST + r"|(?!wanted|needed|hoped)\w+[^e\W]ed|\w+ied)\b"
)
# A first person in the past tense, strictly: 'I lost', 'we went', "I've tried".
PAST_VERB = re.compile(r"\b(?:i|we|mine|ours)(?:'ve| have| had|'d)? (?:\w+ )?(?:was|were|had|did|" + IRREGULAR_PAST + r"|(?!need|want|hop|mean|plann|decid|us)\w+[^e\W]ed|\w+ied)\b")
# A time anchor that turns a first-person sentence into a story of one's own.
STORY_TIME = re.compile(
    r"\b(?:when (?:i|we) (?:was|were|started|first|moved|did|had|went|got)|i (?:still )?remember (?:being|feeling|when|the (?:day|night|first)|my first)|back in|in (?:19|20)\d\d|in '\d\d|(?:\w+ )?(?:years|months|weeks|days|winters|summers|springs|autumns|decades) ago|"
    r"last (?:year|month|week|spring|summer|autumn|fall|winter|term|night)|(?:my|our) first (?:year|week|month|job|day|flat|house|winter|seat|one|time|term)|"
    r"(?:in|at) my (?:first|old|last|previous) \w+|as a (?:kid|child|junior|student|teenager|grad)|growing up|over (?:easter|christmas|the summer))\b"
)
# A day or month, which makes a story only of a past-tense clause: 'I lost them all in May', not 'I'll ring on Monday'.
PAST_TIME = re.compile(
    r"\b(?:in (?:january|february|march|april|may|june|july|august|september|october|november|december)|yesterday|this (?:year|morning)|last weekend|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)
# 'Me too' in one's own words: the speaker has the same thing or did the same.
SAME_TOO = re.compile(r"\b(?:too|as well|also|the same|me too|same here)\b")
CALLBACK_MEET = re.compile(r"\b(?:we (?:met|spoke|talked|chatted)|from the (?:party|conference|meetup|meet-up|event|talk|panel|session|fair|course|workshop|dinner|wedding|group|class|club|gym|office|stand|booth|other (?:night|day|evening))|great to|nice to|lovely to)\b")


def _clauses(sentence: str) -> list[str]:
    return [c.strip() for c in CLAUSE_SPLIT.split(sentence) if c and c.strip()]


def _own_clause(clause: str) -> bool:
    """A clause in which the speaker says something of their own life (not a plan, not listening)."""
    if not FIRST_PERSON.search(clause) or LISTENER_ONLY.match(clause) or META.search(clause) or ABOUT_THEM.match(clause):
        return False
    return bool(FIRST_PERSON.search(PLAN.sub(" ", clause)))


def _lexical_depth(text: str) -> int:
    if DEPTH4.search(text):
        return 4
    if DEPTH3.search(text):
        return 3
    if DEPTH2.search(text) or FEELING.search(text):
        return 2
    if DEPTH1.search(text):
        return 1
    return 0


def _hedged(text: str) -> bool:
    """'Feeling a bit useless' is lighter than 'feeling useless': a hedge right before the word."""
    m = DEPTH3.search(text)
    return bool(m and HEDGE.search(text[max(0, m.start() - 14): m.start()]))


@lru_cache(maxsize=4096)
def own_sentences(text: str) -> tuple[str, ...]:
    """Statements in which the speaker says something about themselves."""
    out = []
    for s in sentences(text):
        if is_question(s) and not re.search(r"\b(?:i|i'm|i've|my)\b.*\b(?:too|as well|also)\b", s):
            continue
        if any(_own_clause(c) for c in _clauses(s)) or re.match(r"^(?:complete |total |absolute )?(?:beginner|newbie|noob|first[- ]timer)s? here\b", s):
            out.append(s)
    return tuple(out)


@lru_cache(maxsize=8192)
def sentence_depth(sentence: str) -> int:
    """Depth of a sentence's own sharing: the deepest of its own clauses, a story at least 1."""
    best = 0
    clauses = _clauses(sentence)
    own = [c for c in clauses if _own_clause(c)]
    if not own and FIRST_PERSON.search(sentence) is None:
        # A bare self-label ("complete beginner here") or a caller that passes a non-own sentence.
        return min(1, _lexical_depth(sentence)) if re.search(r"\bhere\b", sentence) else _lexical_depth(sentence)
    story = bool(own) and bool(STORY_TIME.search(sentence) or SAME_TOO.search(sentence) and len(content_stems(sentence)) >= 2)
    story = story or bool(own) and bool(PAST_TIME.search(sentence)) and any(PAST_VERB.search(c) and not PLAN.search(c) for c in own)
    for c in own:
        d = _lexical_depth(c)
        if d == 1 and STANCE.match(c) and not DEPTH1.search(STANCE.sub(" ", c)):
            d = 0
        if d == 3 and _hedged(c):
            d = 2
        # A past event of one's own told with some detail is a light experience (depth 1), not a bare fact.
        detailed = PAST_STORY.search(c) and len(content_stems(c)) >= 6 or PAST_VERB.search(c) and len(content_stems(c)) >= 4
        if d == 0 and (story or detailed) and not CALLBACK_MEET.search(c):
            d = 1
        best = max(best, d)
    return best


@lru_cache(maxsize=4096)
def depth(text: str) -> int:
    """How deep the speaker's own sharing goes (0 when they share nothing of themselves).

    A grave line about someone of theirs ('She died in the February.') told beside their own
    sharing is theirs to carry too."""
    own = own_sentences(text)
    mine = max((sentence_depth(s) for s in own), default=0)
    if own and mine < 4:
        grave = (_lexical_depth(s) for s in sentences(text) if s not in own and not is_question(s) and THIRD_PERSON.match(s) and not re.search(r"\b(?:you|your|u|ur)\b", s))
        mine = max(mine, max((d for d in grave if d >= 4), default=0))
    return mine


IMPERSONAL = re.compile(r"^(?:(?:honestly|yeah|well|and|but|so|look|okay|ok)[,\s]+)*(?:it|it'?s|it was|it has|that|that'?s|this|been|feeling|just|there'?s|there is|there was|there'?s been|there have been|things (?:are|were|have been|'ve been))\b")
# Someone in their life ('He died two years ago'): counted only when it is grave, which is theirs to carry too.
THIRD_PERSON = re.compile(r"^(?:(?:honestly|yeah|well|and|but|so|look|okay|ok)[,\s]+)*(?:he|she|he'?s|she'?s|his|her)\b")


# Any subject at all: a person, a pronoun, a thing named with a determiner.
SUBJECT = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|me|my|we|we'?re|us|our|you|your|u|ur|he|she|they|him|her|his|them|their|it|it'?s|this|that|there|the|a|an)\b")


# Their own people as the subject: 'Mum's had a fall.', 'My lad's been struggling.'
FAMILY = re.compile(r"^(?:(?:honestly|and|but|so|well)[,\s]+)*(?:(?:my|our) )?(?:mum|mom|mam|dad|mother|father|nan|gran|grandma|grandad|wife|husband|partner|son|daughter|lad|brother|sister|kids?)(?:'s| has| is| was| had)\b")


def _subjectless(sentence: str) -> bool:
    """A fragment about one's own lot with no subject named ('Three weeks of no sleep.', 'Brutal in winter.')."""
    return not SUBJECT.search(sentence) and len(sentence.split()) >= 2


# A clause about someone of theirs, named or kin: "Fionn's finding it hard", 'and my lad is struggling'.
KIN_CLAUSE = re.compile(r"^(?:(?:and|but|so|then|now)\s+)?(?!(?:it|that|this|there|which|what|who|everything|nothing|something|i|we|work|life)\b)(?:(?:my|our) )?[a-z-]+(?:'s| is| has| was| keeps| can'?t| won'?t| hasn'?t| isn'?t| doesn'?t)\b")


@lru_cache(maxsize=4096)
def partner_depth(text: str) -> int:
    """Depth of a partner turn, also counting impersonal lines about their own lot ("It's been overwhelming")."""
    own = depth(text)
    loose = max((_lexical_depth(s) for s in sentences(text) if not is_question(s) and (IMPERSONAL.match(s) or _subjectless(s) or FAMILY.match(s)) and not re.search(r"\byou\b", s)), default=0)
    grave = max((d for s in sentences(text) if not is_question(s) and THIRD_PERSON.match(s) and not re.search(r"\byou\b", s) for d in [_lexical_depth(s)] if d >= 3), default=0)
    loose = max(loose, grave)
    # Their own people's struggles told in a sentence of theirs ('we've just moved, and Fionn's finding it hard'): at most depth 2.
    kin = 0 if own >= 2 or loose >= 2 else max((_lexical_depth(c) for s in sentences(text) if not is_question(s) and FIRST_PERSON.search(s) and not re.search(r"\b(?:you|your|u|ur)\b", s)
               for c in _clauses(s) if KIN_CLAUSE.match(c)), default=0)
    return max(own, min(loose, 3), min(kin, 2))


@lru_cache(maxsize=4096)
def deepest_sentence(text: str) -> str | None:
    own = own_sentences(text)
    if not own:
        return None
    return max(own, key=sentence_depth)


def shares_something(text: str) -> bool:
    """Whether the speaker gives anything of their own: a fact, a view, a feeling."""
    return bool(own_sentences(text))
