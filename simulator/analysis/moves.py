"""Conversational moves: common ground, one-upping, dominating, advice, rushing, check-ins, next steps."""

from __future__ import annotations

import re
from functools import lru_cache

from .disagreement import attack_sentence
from .disclosure import IRREGULAR_PAST
from .text import content_stems, overlap, sentences, word_count

COMMON = re.compile(
    r"\b(?:me too|same here|same with me|same for me|i (?:was|am|'m|did|do|have|had|went|grew up|live|lived|work|worked|moved|used to|also|too)\b.{0,80}\b(?:too|as well)\b|"
    r"i (?:also|too)\b|(?:we|we'?ve) both|both of us|i(?:'ve| have)? (?:been|gone) through (?:the same|something similar|that|a similar)|"
    r"(?:something|the) (?:similar|same) (?:happened|thing) (?:to me|with me|when i)|i had (?:the same|a similar)|same (?:thing|boat|here)|"
    r"similar (?:thing|story|experience|situation) (?:to|with|when|happened)|i know (?:that|the) feeling|been there|that'?s like (?:my|when i)|"
    r"fellow|another (?:\w+ )?(?:teacher|nurse|engineer|parent|runner|introvert|newbie|first[- ]timer)|i'?m (?:a|an) \w+ (?:too|as well|myself)|"
    r"resonates|i went through|i did the same|so did i|so do i|so am i|neither do i|nor do i|i'?m the same|my (?:\w+ ){0,3}(?:too|as well)\b)"
)
ONE_UP = re.compile(
    r"(?:^|\b)(?:that'?s nothing|you (?:think|reckon) (?:that'?s|this is|that was) (?:bad|hard|rough|tough|crazy|something|close|a lot|busy|tired|long|scary|big)|"
    r"you (?:think|reckon|call) (?:that|this)(?:'s| is| was)? (?:a |an )?(?:\w+ )?\w+\?|wait (?:till|until) you hear|try (?:having|doing|being|running|managing|working|raising|living)|"
    r"at least you|you'?re lucky|lucky you|i had it (?:way |much |far )?worse|mine (?:was|is) (?:way |much |far |even )?(?:worse|bigger|longer|harder|more)|"
    r"(?:only|just) (?:\d+|one|two|three|four|five|six|a few|a couple)(?: \w+)?\?|pfft|pff|psh|beat that|top that|spare me|you don'?t (?:hear|see) me (?:whing|complain|moan|whin)\w*|"
    r"you should (?:see|have seen|try) (?:mine|my|what i)|"
    r"i'?ve (?:done|run|had|seen|managed|led|written|built) (?:\w+ ){0,3}(?:twice|three times|ten|dozens|hundreds|way more|more than that)|"
    r"compared (?:to|with) (?:me|mine|what i|that|this|my)|when i was (?:your|ur|ya) age|(?:back )?in my (?:day|time)\b(?! off)|you don'?t know (?:you'?re|ur|you are) born|"
    r"that'?s cute|cute\.|small potatoes|child'?s play|welcome to my (?:world|life)|story of my life|tell me about it\b(?! more))"
)
ASKED_TO_EXPLAIN = re.compile(r"\b(?:tell me|explain|walk me through|talk me through|describe|go on|what happened|how does (?:it|that) work|say more|elaborate|what do you mean|fill me in|"
    # A written account asked for: 'could you write a short note on why you want to move?'
    r"(?:write|send|give) (?:me |us )?(?:a |an |some )?(?:short |quick |brief |few )?(?:note|summary|paragraph|overview|outline|rundown|background|lines?|words?) (?:on|about|of|explaining|saying|why|how|what))\b")
ADVICE = re.compile(
    r"(?:^|\b)(?:(?<!thing )(?<!things )(?<!all )(?<!what )(?<!thinking )(?<!thought )(?<!think )(?<!like )you (?:just |really |definitely |honestly |seriously |probably |totally |simply )?(?:should|shouldn'?t|need to|needa|have to|gotta|(?:'ve |have )?got to|must|ought to|might want to|may want to|could just|could always|could try|'d better|better)\b(?<!must(?= (?:know|be|have|feel|get|see|hear|love|miss|think)\b))(?! (?:come|join|meet|see (?:the|our|this)|check out our|be (?:proud|pleased|chuffed|happy|glad)|be\W*$|know that|have seen|totally come))|"
    r"^(?:(?:then|so|well|look|honestly|oh)[,\s]+)*you just (?!(?:said|got|told|did|had|were|was|came|went|know|knew|made|can'?t|don'?t|never|have to laugh)\b)[a-z]+(?<!ed)\b|"
    r"have you (?:tried|considered|thought about|looked into|ever tried)(?! (?:the|this|that|these|those|our|my)\b)|why (?:don'?t|not) you|why not just|what you (?:need|want|should do|gotta do|have to do|need to do|want to do|ought to do) is|"
    r"my advice|here'?s what you (?:do|should do|need to do|want to do)|what if you|how about you|maybe you could|you want to be \w+ing|"
    r"(?:a|one) (?:tip|piece of advice)|(?:a|one|some|my) (?:word|bit|piece|pearl|nugget)s? of (?:advice|wisdom)|if i were you|if i was you|were i you|in your (?:shoes|position),? i'?d|the (?:trick|key|secret|answer|solution|fix) (?:is|there is) (?:to|just|simply)|"
    r"(?:the )?best (?:thing|way|move) (?:you can do |to do |is )?(?:is|would be) (?:to|just)|(?:^|[,;:]\s*)(?:just|simply) (?!(?:a|an|the|on|in|my|our|for|like|one|because|about|to|so|as|that|this|fine|ok|okay|me|us|come|checking|saying|wondering|curious|kidding|joking|want|wanted|not|once|twice|now|then|yet|enough|in case)\b)[a-z]+(?<!ed)(?<!ing)\b(?! me\b)|"
    r"you(?:'ve| have)? (?:just |really )?got to|you'?ll (?:want|need) to|"
    # What they need, and what they could go and do: 'You need a proper unit', 'You could ask Carol about four days'.
    r"(?:i'?ll tell you|here'?s) what you need|(?<!if )(?<!when )(?<!all )(?<!what )you (?:really |just |definitely |honestly )?need (?:a|an|some|more|better|proper|new|another) (?!minute|moment|sec|second|hand\b)|"
    r"(?<!if )you could (?:always |just |easily )?(?:ask|talk to|speak to|tell|go to|look (?:at|into|for)|get (?:a|an|some|your)|book|email|call|ring|switch|move|drop|cancel|sell|apply|raise|start|put|set up|use|buy)\b(?! me\b| us\b)|"
    # Telling them how to go about it next time, or whatever else they do: 'Next time, give them a mock first', 'whatever you do, don't sign it'.
    r"^(?:(?:and|so|also|oh|look|honestly|seriously)[,\s]+)*(?:next time|in future|going forward|from now on)[,\s]+(?!(?:i|we|you|it|that|this|the|there|i'?ll|we'?ll|i'?m|we'?re|round|is|was|will|'s)\b)[a-z]+\b(?! me\b)|\bwhatever you do\b|"
    r"^(?:(?:and|so|also|oh|look|honestly|seriously|next time)[,\s]+)*(?:try|make sure|(?:don'?t|do not|never) (?:let|take|be (?:too|so)|apologi[sz]e to|put|plant|sign|buy|pay|agree|rush|bother|leave|wait|give|accept|go|send|overthink|beat yourself|settle|commit|quit)|stop (?:worrying|stressing|overthinking|taking)|focus on|remember to|consider|"
    r"start (?:by|with)|get (?:yourself|a|some|your|him|her|them)|take (?:a|some|time)|download|read|use|dig (?:in|over|up)|plant|wait (?:till|until|for)(?! (?:you|u) (?:see|hear|meet|try)\b)|keep (?:away|an eye|a (?:diary|log|record|note)|your)|learn|publish|avoid|stick (?:to|with)|go (?:and (?:see|ask|talk)|see|talk to)|ping|escalate|delegate|ask (?:for|your|him|her|them)|tell (?:him|her|them|your)|book|call|email|push)\b(?! me\b)|"
    r"it'?d be (?:better|smarter|wise) (?:to|if you)|(?:i'?d|i would) (?:just|definitely|honestly)? ?(?:recommend|suggest|tell them))"
)
ADVICE_REQUEST = re.compile(
    r"\b(?:what (?:should|would|do) (?:i|you) (?:do|say|suggest|recommend|think i should)|what would you do|any (?:advice|tips|ideas|suggestions|thoughts on how)|"
    r"(?:do|would) you (?:think|reckon) i should|should i|how (?:do|would|should|can) i|what do you suggest|what do you recommend|help me (?:figure|think|decide|work out)|"
    r"i(?:'d| would) (?:love|welcome|appreciate) (?:your|some|any) (?:advice|input|thoughts|ideas|suggestions)|i don'?t know what to do|advice|"
    r"(?:could|can|would) you (?:recommend|suggest|point me)|any (?:recommendations|pointers|reading|tips)|where (?:should|would|do) i (?:start|begin)|you got any tips)\b"
)
RUSH = re.compile(
    r"\b(?:introduce me|intro (?:me )?to|an intro|put me in touch|connect me (?:with|to)|get me (?:in|a meeting|an interview|a job|in front)|refer me|referral|"
    r"are you (?:guys |folks )?hiring|(?:any|your) (?:job )?(?:openings|vacancies|roles open|positions open)|looking for (?:a job|work|a role|an opportunity|opportunities)|"
    r"(?:take|here'?s|want|have|grab|give you|send you|check out|look at|share|attach\w*) my (?:cv|resume|résumé|portfolio|linkedin|card|pitch|deck|website)|my (?:pitch|startup)\b|(?:our|my) (?:product|platform|solution|service|tool|offering|app|startup) (?:is|does|can|helps|will)|"
    r"let me tell you (?:about|what) (?:our|my|we)|quick pitch|elevator pitch|(?:skip|cut) (?:the )?(?:small talk|pleasantries|niceties|formalities|preamble|intros|chit-?chat|chat|catch-?up|catching up)|cut to the chase|get (?:straight )?(?:to the point|down to business)|"
    r"bottom line|i'?ll be (?:quick|brief)|(?:the|my) (?:reason|real reason) i (?:came over|came|wanted to (?:talk|chat|catch you))|"
    r"(?:could|can|would) you (?:introduce|intro|refer|recommend me|hire|forward my|pass (?:along|on) my|give me (?:a job|an intro|\d+ minutes)|sponsor|invest|buy)|"
    r"(?:book|schedule|set up) a (?:demo|sales call|call to discuss (?:our|my))|sign (?:you|yourself) up|sign up (?:for|to|with) (?:our|my)|(?:we|i) (?:sell|offer|provide|specialise|specialize)\b|"
    r"let'?s (?:get (?:to|into) (?:it|business|the (?:agenda|numbers|point))|just (?:get|jump|dive) (?:to|into|straight)|talk (?:business|numbers)|not waste time)|"
    r"(?:first|so|ok|okay),? (?:the )?agenda|(?:straight|right) (?:to|into) (?:it|business|the (?:point|agenda|numbers))|no time for (?:small talk|chit-?chat)|"
    r"(?:we|i) (?:actually |also |basically )?(?:sell|offer|provide|specialise|specialize)\b|(?:we|our \w+) (?:help|helps) (?:\w+ ){0,3}(?:companies|teams|businesses|clients|firms|brands|creatives|people|organisations|organizations|startups)|"
    r"that'?s (?:exactly )?who we help|(?:we'?ve|we have) got (?:a|an) (?:\w+ ){0,2}(?:platform|product|tool|service|solution|app|offering)|"
    r"quick (?:overview|demo|intro to (?:our|my))|(?:a|the|quick|free|live|short|\d+[- ]?(?:minute|min)) demo\b|case study|free trial|"
    # Qualifying a sale: who decides or buys, what they use now, when it renews; a pitch in numbers.
    r"who(?:'s| is| are)? (?:\w+ ){0,2}?(?:handles?|makes?|owns?|signs? off|decides?|buys?|approves?|in charge of) (?:[\w-]+ ){0,4}?(?:decisions?|purchas\w*|procurement|buying|budget|vendors?|suppliers?|software|tools?|sampl\w+|orders?|ordering|sourcing|stock(?:ing)?|listings?|ranging)|"
    r"what(?:'s| is| are) (?:your|ur) (?:minimums?|moqs?|minimum orders?|lead times?|margins?|payment terms|wholesale (?:terms|prices)|buying (?:budget|cycle|calendar))\b|"
    r"do (?:you|u|they) (?:ever )?(?:buy|source|stock|order|take on) (?:direct(?:ly)? )?from (?:makers|suppliers|independents|indies|small (?:brands|makers|businesses|suppliers)|designers|artists|vendors|new (?:brands|makers|suppliers))\b|"
    # Wanting their ear for one's own matter, or to be taken on after a no: 'I was hoping to grab you about the deadline',
    # 'can I pick your brain about funding?', "I'd love to be considered for next year".
    r"(?:i was|i'?m|i am|i'?d been) (?:really )?(?:hoping|wanting|meaning|dying|keen|trying) to (?:(?:grab|catch|nab|collar|corner|pin down) (?:you|u)\b|ask you|have a (?:quick )?word|bend your ear|run (?:something|an idea|it) (?:by|past) you)\b|pick your brains?\b|"
    r"(?:i'?d|i would) (?:really |genuinely |so )?(?:love|like|welcome the chance) (?:to be|being) (?:considered|shortlisted|put forward|represented|taken on|on your (?:books|radar|list|roster))\b|"
    r"(?:just )?to give you a (?:better |fuller |clearer )?(?:sense|idea|picture) of (?:the|my|our) (?:practice|work|product|business|offering|company|services?|range)\b|"
    r"who(?:'s| is) the (?:best |right )?(?:person|contact|one|people) (?:to|i should) (?:email|contact|talk to|speak to|reach out to|pitch|call)|"
    r"what(?:'s| is| are) (?:you|your)(?:r)? (?:current |existing )?(?:stack|setup|vendor|provider|supplier|software|system|budget|spend|tooling) (?:for|on|like)|"
    r"(?:up for|due for) renewal|(?:run|get you|do you) a (?:free )?quote|(?:knock|save|take|shave) (?:you )?(?:about |around |up to )?\d+(?:\s?-\s?\d+)?\s?% off|"
    r"(?:i'?m|i am) (?:a|an) (?:\w+ )?(?:broker|rep|consultant|agent|adviser|advisor|salesperson|recruiter) and (?:i|we) (?:can|could)|"
    r"\bwe (?:\w+ ){1,4}?(?:by )?(?:about |around |up to |over )?\d+(?:\.\d+)?\s?% (?:for|across|on|in)|"
    r"(?:grab|get|have|take|scan) your (?:card|badge|details|email|number)|while i'?ve got you|"
    r"(?:get|grab|book) (?:some )?time in your (?:calendar|diary)|(?:minutes|time) is all i need|"
    r"(?:keep|make) (?:this|it) (?:quick|short|brief)|(?:get|go|run) through (?:this|the \w+) (?:quickly|fast)|"
    r"(?:i'?ll|let me) (?:cut|get|go) (?:straight )?to it|let'?s not (?:get into|go into|worry about) (?:all )?(?:that|this)|not to be that person but|"
    # The venture in a sentence, and what it wants of them: users to try it, money, a call.
    r"(?:i'?m|we'?re|i am|we are) (?:\w+ )?(?:building|developing|launching|founding) (?:a|an|our) (?:[\w-]+ ){0,3}?(?:tool|app|platform|product|startup|start-up|service|solution|marketplace|saas)|"
    r"(?:we'?re|i'?m|we are|i am) (?:currently )?(?:looking for|seeking|after) (?:\w+ )?(?:pilot|beta|early|design|launch) (?:sites?|customers?|clients?|users?|partners?)|"
    r"(?:we'?re|i'?m|we are|i am) (?:currently )?(?:raising|looking for (?:investors?|investment|funding|backers))|"
    r"(?:would|are|were) you (?:be )?(?:at all )?(?:interested|open) (?:in|to) (?:investing|an? (?:demo|pilot|trial|intro|investment)|piloting|trying (?:it|our|my)|buying|partnering|our|my)|"
    r"(?:would|could|might) (?:you|your [\w-]+) be open to (?:a|an) (?:quick )?(?:call|demo|chat|meeting|pilot|trial|intro)|"
    r"(?:exactly|precisely) (?:the (?:people|person|kind of \w+) )?who (?:we|i) (?:need|want|help|serve|target|(?:are|'re|am|'m) looking for)|"
    r"(?:that'?s|they'?re|you'?re|sounds like) (?:exactly |precisely |basically )?(?:our|my) (?:target |ideal |core )?(?:market|customers?|clients?|demographic|audience|niche|users)\b(?= *[,.!?]|$)|"
    r"what can you do for me|how can you help me|who (?:should|do) i (?:talk|speak) to (?:about|for) (?:a job|getting|funding)|invest(?:ors?|ment)? in (?:my|our)|"
    # The offer in prices: a price list, a discount, a deadline to sign by, what it costs a month.
    r"(?:our|my) (?:price ?list|rate card|prices|pricing|rates|brochure)\b(?! (?:have|has|went|gone|are (?:too|so|mad|crazy)))|the (?:price ?list|rate card)\b|(?:\d+ ?%|\d+ per ?cent|half[- ]price|a third) off (?:for you|your|if you|until|till|when you|for (?:the )?(?:first|new|early)|all (?:our|my)|our|this (?:week|month))\b|"
    r"(?:start|starts|starting|from|cost|costs) (?:at |from )?(?:just |only )?(?:£|\$|€)?(?:\d[\d,.]*k?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred)(?: hundred| thousand| grand| quid| pounds| dollars| euros| bucks)? (?:a|per|/) ?(?:month|week|year|head|user|seat|unit|site|licen[cs]e)\b|"
    r"if you (?:sign|book|order|buy|commit|lock (?:it )?in)(?: up)? (?:before|by|this|today|now|within|in the next)|"
    # Getting oneself in front of whoever buys: 'how do I get on their radar?', 'do they take external demos?'
    r"(?:get|be|stay) on (?:their|his|her|your|the [\w-]+(?:'s)?) radar|(?:get|got) (?:my|a) foot in the door|"
    r"(?:take|accept|hear|do|see) (?:external |outside |vendor |supplier |cold |inbound )?(?:demos|pitches|vendor meetings|supplier meetings)\b)\b"
)
CHECK_IN = re.compile(
    r"\b(?:(?:am|was) i (?:being )?(?:a bit |too |so |way |being )?(?:a pain|pushy|rude|harsh|blunt|too much|precious|annoying|intrusive|nosy|out of line|unfair|over the top|preachy|much|a lot)|"
    r"(?:did|have|had) i (?:just )?(?:go(?:ne)? off|come across|overstep\w*|push(?:ed)?|upset|offend\w*|steamroll\w*|scare\w*|put you|talk(?:ed)? (?:over|at)|rant\w*|overdo\w*|make you)|"
    r"(?:i'?ve|i have) (?:totally |completely |really )?(?:overdone it|overstepped|said too much|gone too far|scared you)|"
    r"(?:was|is) (?:that|this|it) (?:way |a bit |a little |much )?too (?:much|personal|blunt|heavy|far)|"
    r"(?:how|where) (?:did|does|is) (?:that|this|it) (?:land|landing|sit|sitting|come across)|"
    r"(?:has|did|does) (?:this|that|it) (?:felt|feel|seem|been|come across) (?:like an? |ok|okay|alright|all right|awkward|useful|helpful|too)|"
    r"(?:was|is) it (?:ok|okay|alright|all right) (?:me|that i|for me)|"
    # Was what I just did all right with them: 'Was that ok, me bringing up the mum stuff?', 'was that a bit much?'
    r"(?:was|is) (?:that|this|it) (?:ok|okay|alright|all right|fine)(?: with you)?,? (?:me|my|that i|for me|to (?:say|ask|bring|raise|mention|share|tell))\b|"
    r"(?:was|is) (?:that|this|it|i|i being) (?:a bit|a little|rather|a touch|way too|too) (?:much|intense|full[- ]on|heavy|personal|blunt|forward|pushy|harsh|nosy|intrusive)\b|"
    # Whether and how to go on: 'Are you okay to keep going?', 'ok to sort it here or would you rather hop on a call?'
    r"(?:are|were) you (?:ok|okay|alright|all right|happy|good|fine|up for|up to) (?:to )?(?:keep going|keep talking|continue|carry on|go on|talk(?:ing)? about|do(?:ing)? this|discuss)|"
    r"would you (?:rather|prefer to) (?:pick (?:this|it|that) up|hop on|jump on|get on|do this|talk (?:in person|face to face|on the phone|later|another time)|take (?:this|it) (?:offline|elsewhere)|leave (?:this|it)|come back to)|"
    r"^(?:(?:is it|are we|would it be)\s)?(?:ok|okay|alright|all right|fine|cool|happy) (?:to|if we) (?:sort|talk|discuss|do|go through|chat|deal with|hash) (?:\w+ ){0,2}?(?:here|now|over (?:text|email|chat|the phone)|by (?:email|text)|in person|on here|on a call)\b|"
    # How this talk has been for them: "how's this been, talking about it?", 'How's this been for you, our first one of these?'
    r"how(?:'s| has| is) this been(?: for you)?(?=\W*$|,? (?:talking|our|having|this|doing|so far))|how(?:'s| has) (?:that|it) been,? (?:talking about it|having this|doing this)|"
    r"how(?:'s| has| was) (?:this|our|today'?s) (?:conversation|chat|talk|meeting|session|one-to-one|1:1|catch-up) been|if that'?s (?:ok|okay|alright|all right)\?|"
    r"(?:is|was) (?:that|this|it|me) making (?:this|it) (?:hard|harder|difficult|awkward|uncomfortable)|"
    r"is (?:this|that|it) (?:ok|okay|alright|all right|fine|a good time|too much|too personal|useful|helpful|weird)\b(?! if)(?: (?:to (?:ask|talk|share|bring up|discuss)|with you|for you))?|"
    r"is it (?:ok|okay|alright|all right|fine) (?:if (?:i|we) |to )(?:\w+ )?(?:ask(?! (?:you )?how (?:you|to) (?!(?:are|'re|feel|were|doing|coping|holding)\b))|talk|say|share|tell|bring|mention|be (?:honest|blunt|frank)|push|jump in|interrupt|give you|raise|check|go into|come back|go back|get back|move on|change the subject|switch|leave (?:it|this|that)|pause|stop|get into|dig|join|walk with|sit with|tag along|keep you company|stay)|do you mind (?:if i|me asking|talking|sharing)|(?:would|do) you (?:rather|prefer) (?:not|(?:we|i) (?:\w+ )?(?:talk|stop|stopped|leave|left|come back|came back|park|parked|pause|paused|drop|dropped|move on|moved on|change|changed|kept|keep|shut up|gave you|give you|did this|do this|pick|picked)|have (?:some )?(?:quiet|space|peace|time (?:alone|to yourself))|be (?:left )?alone|to (?:talk|stop|move|leave|change))|"
    r"(?:how|what) (?:is|'s) (?:this|that|our (?:chat|conversation|talk)) (?:landing|going|feeling|sitting)(?: for you| with you)?|how does (?:this|that) (?:land|sit|feel) (?:with|for) you|"
    r"how (?:are|do) you feel(?:ing)? about (?:this|our|the|how) (?:conversation|chat|talk|meeting|discussion|one-?to-?one|1:1|catch-?up|so far|going)|"
    r"how (?:are|do) you feel(?:ing)? about (?:this|our) (?:so far|now)|am i (?:being )?(?:too|overstepping|prying|being pushy|coming on|making|pushing|rambling|talking too)|"
    r"(?:let|tell) me (?:know )?if i'?m (?:overstepping|prying|being|pushing|out of line|talking too)|(?:i )?don'?t want to (?:pry|push|overstep|pressure)|"
    r"feel free to (?:not|skip|tell me|say no|pass|change)|you don'?t have to (?:answer|talk|share|go into)|"
    r"do you want to (?:keep going|talk about (?:it|this)|continue|pause|stop|take a break|come back to)|(?:should|shall|can) we (?:pause|stop|keep going|continue|take a break|come back to (?:this|it)|park)|"
    r"(?:am|was) i (?:\w+ )?(?:lecturing|preaching|ranting|rambling|going on|talking at you|interrogating|grilling|hogging)|"
    r"(?:have|had) i (?:just )?been (?:a bit |too |really |so )?(?:full[- ]on|intense|pushy|harsh|blunt|much|a lot|talking (?:at|over) you|going on|rambling|ranting|lecturing|preaching)|"
    r"(?:is|would) (?:now|this|it|today|tonight) (?:be )?(?:a|an) (?:ok|okay|good|bad|alright|all right|right|awkward) (?:time|moment)|"
    r"(?:would|do) you (?:rather|prefer) (?:just |we |i )?(?:just )?(?:talk|vent|leave|stop|park|not|skip|come back|do this)|"
    r"(?:can|could|shall|should) we (?:come back to|park|pause|leave) (?:this|it|that|the [\w ]{1,20}?(?:stuff|thing|bit|side))(?: (?:for now|another time|later))?|"
    r"do you want to (?:park|leave|drop|skip|pause|stop) (?:this|it|that|the \w+)|"
    r"how are we doing|are we (?:ok|okay|good|alright)|(?:is|are) you (?:ok|okay|alright|comfortable) (?:with|talking|sharing|if)|"
    r"does (?:this|that) (?:feel|seem|sound) (?:ok|okay|useful|helpful) (?:to you)?|(?:has|was) this (?:been )?(?:useful|helpful|ok|okay)|"
    r"(?:i'?ve|i have) (?:really )?enjoyed (?:our|this) (?:chat|conversation|talk)\W+(?:how about you|have you|what about you)|"
    r"what would (?:make|help) (?:this|today|this conversation|our chat) (?:more )?(?:useful|helpful|better|easier)|what do you need from (?:me|this conversation|today))"
)
DAY = r"(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week|weekend|month|friday|monday)|(?:on |next |this |by )(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\b|\b(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri) (?:night|morning|afternoon|evening|at|in|after|before)\b|\b(?:sat|sun) (?:night|morning|afternoon|evening)\b|\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o'?clock\b|(?:by|before|from|until|end of|early|mid|late) (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|when you'?re (?:over|back|next|down|up|in town|around)\b|next (?:week|month|monday|tuesday|wednesday|thursday|friday|time)|(?:on |by |before |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|by (?:eod|end of (?:day|week|the week|play)|the end of|noon|lunch)|end of (?:day|week|the week)|eod|cob|first thing|in (?:a|an|one|two|three|\d+) (?:days?|weeks?|hours?)|at \d|\d(?::\d\d)?\s?(?:am|pm)|the \d+(?:st|nd|rd|th)|after (?:lunch|the|standup|stand-up)|this time next|every (?:week|monday|tuesday|wednesday|thursday|friday|other)|weekly|fortnightly|before (?:the|our|launch|release))"
NEXT_STEP = re.compile(
    r"\b(?:i'?ll|i will|i'm going to|i am going to|i can|let me|we'?ll|we will|let'?s|shall we|can we|could we|how about we|why don'?t we|happy to)\s+"
    r"(?:\w+\s+){0,3}?(?:send|email|forward|share|introduce|intro|connect|follow up|set up|book|schedule|put|add|block|bring|draft|write|call|ring|text|message|meet|grab|get|check in|check back|catch up|review|go through|sit down|pair|circle back|loop|talk|look|ping|dm|drop|pass|make|do|try|come back|revisit|update)\b"
)
NEXT_STEP_DAY = re.compile(DAY)
CALLBACK = re.compile(
    r"\b(?:(?:great|good|lovely|nice|so good|a pleasure) (?:meeting|to meet|chatting|talking|speaking|to chat|to talk|to speak|catching up|seeing)(?: (?:with )?you)? (?:at|yesterday|last|on|the other|earlier|this morning|tonight|today)|"
    r"(?:when|since) we (?:met|spoke|talked|chatted)|after (?:our|we) (?:chat|talk|conversation|spoke|met)|(?:our|the) (?:chat|talk|conversation) (?:at|yesterday|last|on)|"
    r"(?:loved|enjoyed|liked) (?:hearing|learning|chatting|talking) about (?:the|your)|we (?:talked|chatted|spoke) about (?:your|the)|"
    r"as promised|following up (?:on|from|after)|just following up|you mentioned|you said (?:you|your|that)|you were telling me|remember (?:you|when you)|"
    r"here'?s (?:the|that) (?:link|article|book|paper|podcast|intro|contact|email)|hope (?:the|your) [\w\s-]{2,30} (?:went|goes|is going|was)|how did (?:the|your) [\w\s-]{2,30} go)\b"
)
VAGUE_LATER = re.compile(r"\b(?:sometime|some time|at some point|one day|keep in touch|stay in touch|let'?s (?:catch up|grab (?:a )?(?:coffee|drink|lunch)) (?:soon|sometime)|we should (?:grab|get|do) .* (?:sometime|soon))\b")


SIMILAR = re.compile(
    r"(?<!^)\b(?:too|as well|also|either)\s*(?:[,.!?;:)]|\s-\s|$|lol|haha|tbh)|^(?:\w+[,!\s]+)?same\s*(?:[-,:;!]|$)|\b(?:i|we)(?:'m| am| was| were|'re) also\b|\b(?:me too|same here|same with me|same for me|so did i|so do i|so am i|so have i|neither do i|nor do i|"
    r"(?:we|we'?ve|we'?re) both|both (?:of us|been)|small world|been there|i know (?:that|the) feeling|"
    r"(?:exactly|almost|just|pretty much|much|basically) (?:the same|like (?:that|this|you|yours))|(?:the|a) (?:same|similar) (?:thing|feeling|story|experience|situation|place|school|town|boat|[\w'-]+ (?:thing|feeling))|(?:precisely|exactly) the (?:part|bit|thing) (?:i|that i)|"
    r"(?:it|that) was the same|(?:i|we|mine|ours)(?:'ve| have)? (?:\w+ )?(?:done|did|do|had|have|get|got|went|go|felt|feel|been through|went through|go through|thought|tried|said|made) (?:exactly |just |much |pretty much |basically )?the same\b(?! (?:to|as) (?:you|them|him|her))|a \w+ like that|one of those \w+ too|"
    r"(?:something|the) (?:similar|same) (?:happened|thing)|resonates|(?:so |very |extremely |super |too |painfully )?relatable|(?:i|can|could) (?:totally |really |so )?relate\b|fellow|same (?:place|here|school|team|town|city|boat|thing)\b|i'?m the same(?! as)|"
    r"(?:i|we)(?: was| were|'m| am|'re| are) (?:exactly |just |much |a bit |pretty much |very much )?the same(?! as)|(?:for|with) me,? (?:it'?s|it is|it was) (?:\w+ ){0,2}?the same\b|"
    r"i(?:'m| am) (?:a|an) \w+ (?:too|as well|myself)|is something i (?:remember|know)|i remember (?:that|the) feeling|"
    # 'the exact same', 'did exactly that', 'our landlord did the same to us'
    r"(?:the )?exact same|(?:(?:my|our) [\w'-]+ )(?:\w+ )?(?:did|does|had|has|went|was|were) (?:exactly |just |much |basically )?the same\b(?! (?:to|as) (?:you|them|him|her))|"
    r"(?:did|do|does|done|doing|had|have|felt|feel|said|thought|went through|did the) (?:exactly|precisely|just) (?:that|this|what you(?:'re| are)? (?:describ|said|did)\w*)\b|the same (?:thing )?(?:to|with|for) (?:me|us)\b|"
    # 'I had that on my first job', 'we had two years of that': their experience named back as one's own, then where or when
    r"\b(?:i|we)(?:'ve| have| had|'d)? (?:also |once |both )?(?:had|did|got|felt|faced|lived|went through|dealt with) (?:(?:\w+ ){1,4}of )?(?:that|this|those)\b(?= (?:too|as well|once|on|at|in|when|with|for|back|all|every|growing|last|myself|years|for years)\b)|"
    # 'Mine still does that', 'ours too': their person or thing matched by one's own
    r"(?:^|[,;:]\s*|\s-\s)(?:mine|ours) (?:still|too|also|always|used to|does|did|was the same|is the same)\b|\b(?:mine|ours) (?:too|as well)\b|"
    # Their situation claimed as one's own past: 'that was literally me two years ago', "that's so me"
    r"(?:that|this)(?:'s| is| was) (?:literally|basically|exactly|totally|so|just|honestly|very much|100%) (?:me|us)\b(?! (?:done|off|finished|sorted|out)\b)|"
    r"(?:that|this) (?:was|used to be) (?:me|us) (?:\w+ ){0,2}?(?:years?|months?|weeks?|decades?) ago|(?:that|this) (?:was|used to be) (?:me|us) (?:at|in|when|back|last|growing|as a)\b|"
    # Having been in the same place at the same time: 'we must have passed each other', 'crossed paths'
    r"(?:we|us) (?:must|might|may|could|would)(?: have|'ve| of) (?:\w+ )?(?:passed|crossed|met|seen|walked|been|bumped)\b|crossed paths|"
    # 'Same fight on our block', 'same story with my lot': the same thing, placed in one's own life
    r"^(?:\w+[,!\s]+)?same (?:[\w'-]+ ){1,2}?(?:on|at|in|with|for|over|down|up|out|here|round) (?:\w+ )?(?:my|our|me|us|mine)\b)"
)
# 'I walked that hill myself', "I'm a nurse myself": the same done or been by oneself (not 'by myself', 'did it myself').
MYSELF = re.compile(
    r"\b(?:i'?m (?:a|an)|i am (?:a|an)|i was|i'?ve|i have|i had|i (?:\w+ed|" + IRREGULAR_PAST + r"))\b[^,.;!?]{2,50}?(?<!\bby )(?<!\bit )(?<!\bthat )(?<!\bthis )(?<!\bthem )(?<!\ball )(?<!\beverything )"
    r"(?<!\bof )(?<!\bto )(?<!\bfor )(?<!\babout )(?<!\bwith )(?<!\bat )(?<!\bon )(?<!\bin )(?<!\bfrom )myself(?:\s*(?:[,.!;]|$)| (?:for|back|once|when|years|as a|in (?:the|my|19|20)))")


def _similar(sentence: str) -> bool:
    return bool(SIMILAR.search(sentence) or "myself" in sentence and MYSELF.search(sentence))


NOT_SHARED = re.compile(r"\b(?:we|we'?re|we are) both (?:could|should|would|need|agree|want|know|think|have to|must|can|deserve)\b|\b(?:i|we)(?:'d| would)(?: have|'ve| of) \w+|"
                        r"\bsame as (?:them|him|her|everyone|the others|the rest|last)\b|\b(?:at|around|about) the same time\b|\ball the same\b|\bjust the same\W*$|\b(?:too|as well) (?:much|many|early|late|long|far|hard|soon)\b")


def _partner_texts(partner: str | None, earlier_partner: tuple[str, ...]) -> str:
    return " ".join([*earlier_partner[-1:], partner or ""])


def common_ground_sentence(text: str, partner: str | None, earlier_partner: tuple[str, ...] = ()) -> str | None:
    """A specific shared experience or circumstance the learner names about themselves.

    Either an explicit 'me too' marker in a sentence of one's own, made specific by what
    the partner said or by its own content; or one's own story told on the same subject.
    """
    from .disclosure import own_sentences

    context = _partner_texts(partner, earlier_partner)
    own = own_sentences(text)
    sents = sentences(text)
    for i, s in enumerate(sents):
        if BARE_SAME.fullmatch(s) and i + 1 < len(sents) and partner:
            # 'Honestly, same. I spent last spring on a job just like it': the bare marker made specific by the story after it
            nxt = sents[i + 1]
            if nxt in own and not nxt.endswith("?") and EXPERIENCE.search(nxt) and (overlap(nxt, context) or _themes(nxt) & _themes(context)):
                return nxt
        if not s.endswith("?") and YOU_TOO.match(s) and partner and (SIMILAR.search(s) or i + 1 < len(sents) and sents[i + 1] in own and EXPERIENCE.search(sents[i + 1])):
            return s  # 'Lake Mungo, so you know that light too.', 'Then you've had that road. I've a scar from it.'
        if partner and not s.endswith("?") and any((m := SAME_THEIRS.match(c)) and overlap(m.group(1), partner) for c in re.split(r"[,;:]|\s-\s", s)):
            return s  # 'He is - same Route 9 shelter, four years ago.': their very place or thing, named as one's own too
        if s.endswith("?") or NOT_SHARED.search(s) or not _similar(s):
            continue
        if re.fullmatch(r"\W*(?:same|same here|me too|totally|yeah same|same tbh|lol same)\W*", s) and not (i and overlap(sents[i - 1], context)):
            continue
        if not _said_of_self(s) or THEIR_DOING.match(s) or _planned(s):
            continue  # 'So you held the line we both agreed on' is theirs; 'I'll bring the rice as well' is a plan
        near = " ".join(sents[max(0, i - 1): i + 2])
        if overlap(near, context) or len(content_stems(s)) >= 3 or STRONG_SAME.search(s) or s in own and THAT_TOO.search(s) and partner and _partner_own(partner.lower()):
            return s
    return _echo_then_own(sents, own, partner) or _parallel_story(sents, own, partner, earlier_partner)


# A clause opening on 'same' and their own noun: 'same Route 9 shelter', 'yeah, same gym', 'the same ward actually'.
SAME_THEIRS = re.compile(r"^\W*(?:(?:oh|yeah|yes|yep|ha|haha|lol|and|wow|no way|omg)\W+)*(?:the )?(?:exact |very )?same ((?!(?:time|as|thing|way|old|here|again)\b)(?:[\w'-]+ ){0,2}[\w'-]+)\W*(?:(?:too|as well|actually|lol|haha|even)\W*)?$")
# The shared thing inferred for them from one's own: 'so you know that light too', "then you've driven that road".
YOU_TOO = re.compile(r"^(?:[\w'-]+[,!\s]+){0,3}?(?:so|then|oh so|ah so) (?:you|u)(?:'ve| have|'ll| will)? (?:know|knew|had|seen|been|done|met|driven|walked|felt|get|got|remember)\b(?! (?:what|how|why|where|who|if|whether|about)\b)")
# A bare 'same' / 'me too' with nothing of its own yet.
BARE_SAME = re.compile(r"\W*(?:(?:honestly|ha|haha|lol|oh|yeah|yep|ngl|tbh|god|mate)[,!\s]+)*(?:same|same here|me too|me as well|likewise|ditto|snap|same tbh|same lol|same energy)\W*")
# A sentence whose doer is the partner: 'So you held the line...', 'And you both...'
THEIR_DOING = re.compile(r"^(?:(?:so|and|but|then|oh)[,\s]+)*(?:you|u)\b(?! and (?:i|me)\b)(?!(?:'ve| have)? (?:too|also)\b)")
# The 'too' pointing back at what they just told: "I'm frightened of that too", "we struggle with it as well".
THAT_TOO = re.compile(r"\b(?:i|i'?m|i'?ve|we|we'?re|we'?ve)\b(?!.*\b(?:think|agree|believe|reckon|guess|suppose|said|say|mean|love|like)\b).*\b(?:that|this|it|those|them) (?:too|as well|also)\W*$")


def _planned(sentence: str) -> bool:
    """The 'too' sits in a plan or offer ('I'll come back Saturday as well'), not in one's life so far."""
    return any(_similar(c) and re.search(r"\b(?:i'll|ill (?=be|come|bring|do|send|get|see|help|drop|pop)|i will|i'?m going to|we'll|we will|let me|let'?s|i can|we can|i could|i'?d be happy)\b", c)
               for c in re.split(r"[,;:]|\s-\s", sentence))


SELF_SUBJECT = re.compile(
    r"(?:^|[,;:]\s*|\s+-\s+|\b(?:and|but|so|ngl|tbh|honestly|same)\s+)(?:(?:oh|ha|haha|lol|omg|god|ok|okay|honestly|well|yeah|no way|actually|look|in|at|when|then|so then|well then)\b[^,;:]{0,40}?[,\s]+)?(?:i|i'?m|i'?ve|i'?d|im|ive|we|we'?ve|we'?re|my|our|mine|me)\b"
)


# A first person doing or having something, wherever it sits ('something we dealt with too').
OWN_SUBJECT = re.compile(r"\b(?:i|we)(?:'ve| have| had|'d)? (?:also |too |both |once |all )?(?:had|did|dealt|went|grew|lived|worked|moved|studied|felt|faced|hit|got|lost|tried|ran|spent|used to)\b")


def _said_of_self(sentence: str) -> bool:
    """The similarity is claimed for oneself ('I had the same'), not noticed in others."""
    own_clause = any(OWN_SUBJECT.search(c) and SIMILAR.search(c) for c in re.split(r"[,;:]|\s-\s", sentence))  # the 'too' is one's own
    return bool(SELF_SUBJECT.search(sentence) or own_clause or re.search(r"\b(?:same here|me too|small world|relatable|we both|both of us|same (?:place|school|town)|(?:mine|ours|me|us) (?:too|as well)|crossed paths|(?:that|this)(?:'s| is| was) (?:\w+ )?(?:me|us))\b", sentence)
                or re.search(r"^(?:\w+[,!\s]+)?same \w+.*\b(?:my|our|me|us|mine)\b", sentence))


ECHO_BANG = re.compile(r"^(?:oh,? |ha,? |wow,? )?[\w\s',-]{1,30}!+$")


def _echo_then_own(sents: tuple[str, ...], own: tuple[str, ...], partner: str | None) -> str | None:
    """'Two rigs! We broke one too': echoing their detail with delight, then a story of one's own."""
    if not partner:
        return None
    for i, s in enumerate(sents[:-1]):
        if ECHO_BANG.match(s) and overlap(s, partner) and sents[i + 1] in own and SELF_SUBJECT.search(sents[i + 1]):
            return sents[i + 1]
    for s in own:
        if re.search(r"\bi (?:still|also) (?!(?:think|believe|reckon|feel that|land|disagree|want|need|say|prefer|don'?t|do not|can'?t|would|'d|agree|see (?:it|this|that))\b)\w+", s) and _loose_stems(s) & _loose_stems(partner):
            return s
    return None


STRONG_SAME = re.compile(r"\b(?:(?:we|we'?re|we are|we were|we'?ve) both|small world|same (?:place|school|town|city|team|uni|university|company|street|area|boat))\b")


def _loose_stems(text: str) -> frozenset[str]:
    """Content stems with agent nouns folded in, so 'teach' meets 'teacher' and 'freeze' meets 'freezing'."""
    out = set()
    for st in content_stems(text):
        out.add(st[:-2] if st.endswith("er") and len(st) > 5 else st)
    return frozenset(out)


# Saying that one's own story is why one understands theirs: 'so I know that walk', 'I feel you'.
RELATE = re.compile(
    r"\b(?:so i (?:do |really |kind of |sort of )?(?:know|get|understand|remember|recognise|recognize)\b|i (?:know|remember|recognise|recognize) (?:that|this|the|exactly) (?:[\w'-]+ ){0,2}?(?:one|feeling|fear|panic|bit|thing|walk|look|place|stage)\b|"
    r"i feel (?:you|u|ya)\b|(?:it'?s|that'?s) not (?:quite |exactly )?the same,? but|"
    r"i (?:know|get|understand|remember) (?:that|this|it|what (?:that|it)(?:'s| is) like|how (?:that|it) feels)(?: one| feeling)? (?:more than (?:you|u)(?:'?d| would| might| could)? (?:think|know|realise|realize|imagine|guess)|(?:all |only )?too well|better than most)|"
    r"i (?:remember|recall) (?:being|feeling|when i|when we|my first|doing|having)\b|i'?ve been (?:there|through (?:that|it|this))|(?:been|was) in (?:your|ur|the same) (?:shoes|position|boat))"
)
# Kinds of experience: their story and one's own on the same kind of thing meet here even without a shared word
# ('he passed' and 'my husband died'; 'doing nights' and 'up at five').
THEMES = tuple(re.compile(r"\b(?:" + t + r")") for t in (
    r"died|dying|death|passed(?! (?:the|my|a|an|it|that|this|on the|me|him|her|them|out|over|by|round|around|through)\b)|funeral|widow\w*|bereave\w*|lost (?:my|our|him|her) |(?:late|dead) (?:wife|husband|mum|mom|dad|father|mother)|grief|griev",
    r"hospital|a&e|\ber\b|ward\b|diagnos|cancer|stroke|surgery|operation|dementia|alzheimer|carer|chemo|appointments|bypass|heart attack|ill\b|illness|sick\b",
    r"broke (?:my|his|her|a|the)|broken|fractur|sprain|injur|wrist|ankle|knee|collarbone|\bhip\b|\bacl\b|physio|knocked off|had a fall|fell off",
    r"divorc|split (?:up|with)|separat|broke up|break ?up|\bex\b|ex-(?:wife|husband)|custody|his mum and i|her dad and i",
    r"redundan|laid off|let go|fired|sacked|lost (?:my|his|her|their|the) jobs?|unemploy|out of work|between jobs|out of a job|looking for work|job ?hunting|quit|resign|left my job|packing it in",
    r"\brent\b|landlord|mortgage|debt|bills|skint|money|afford|pay rise|salary|wages|price|put (?:it|the \w+) up",
    r"moved|moving|move (?:here|house|away)|new (?:town|city|country|area|school|place|house|flat)|relocat|emigrat|abroad|homesick|settl\w* in|didn'?t know anyone|don'?t know (?:anyone|a soul)",
    r"first (?:[\w-]+ )?(?:day|week|month|job|year|time|term|season|winter|account|role|standup|shift|meeting|presentation)s?|new (?:job|role|starter|here|to)|still learning|just started|started (?:here|at|in)|junior|graduate|after uni",
    r"sleep|slept|insomnia|nights\b|night shift|up at (?:\d|five|four|three|six)|awake|\d ?am\b|tired|exhausted|knackered|shattered|running on|no filter|coffee",
    r"school|year \d+|\bclass|teacher|exam|mock|gcse|a-level|grades?\b|revis|homework|\buni\b|university|college|lectures?|\bphd|thesis",
    r"\bkids?\b|\bson\b|daughter|baby|toddler|\blad\b|children|school run|nursery|nativity|playdate|our eldest|the little one|newborn",
    r"nervous|nerve|anxious|scared|terrified|afraid|panic|dread|butterflies|sick (?:in|before)|out of (?:my|your|our) depth|impostor|imposter|sick before|froze|freeze|shaking",
    r"lonely|loneli|alone|isolat|no friends|left out|on my own|by myself|their people|miss (?:her|him|them|my)|nobody to talk|lunch in the library",
    r"late nights?|till (?:\d+|ten|eleven|midnight)|working (?:late|weekends|nights)|weekends?\b|overtime|stretched|workload|deadline|burn\w* ?out|can'?t handle|rather than tell|look like i can'?t",
    r"resent|nobody (?:noticed|cares|else seem|sees)|unappreciated|invisible|taken for granted|only one who|in my own time",
    r"\bplot\b|allotment|garden|seeds?|weeds?|\bveg|tomato|greenhouse|slugs?|\bshed\b|lettuce|beans",
    r"review|one-star|critic|named (?:me|you)|slated|tore into|torn apart|feedback|pull(?:ed|s)? (?:it|my work|everything) apart",
    r"screamed|tantrum|meltdown|won'?t go (?:in|to school)|school refus|refused to go|the taxi|drop-?off|pick-?up",
    r"touchline|match|goal|keeper|pitch|team|coach|training|season|league",
    r"dog|puppy|rescue|collie|spaniel|walks? (?:at|every)",
    r"parents? (?:wanted|want|expect)|my (?:mum|dad|mom|parents) (?:wanted|want|expect|took|asked)|pressure|real job|between jobs|every sunday",
    r"on-?call|incident|pager|outage|3am",
    r"inspection|ofsted|audit|cqc",
))


@lru_cache(maxsize=4096)
def _themes(text: str) -> frozenset[int]:
    return frozenset(i for i, t in enumerate(THEMES) if t.search(text))
# A first person living something in the past or up to now: the grammar of an experience of one's own.
EXPERIENCE = re.compile(
    r"\b(?:(?:i|we)(?:'ve| have| had|'d)? (?:\w+ ){0,2}?|(?:my|our) (?!\w+'s\b)[\w-]+ (?:\w+ )?)(?:had|did|was|were|been|went|got|lost|spent|felt|found|made|took|ran|left|quit|broke|came|grew|"
    r"done|gone|cried|used to|" + IRREGULAR_PAST + r"|(?!need|want|hop|mean|plann|decid|gett|marri)\w+[^e\W]ed|\w+ied)\b"
)


def _parallel_story(sents: tuple[str, ...], own: tuple[str, ...], partner: str | None, earlier_partner: tuple[str, ...] = ()) -> str | None:
    """One's own experience told alongside the one the partner just shared: on the same thing
    (their words in it) or told as the reason one understands ('so I know that walk')."""
    from .disclosure import STORY_TIME, sentence_depth

    if not partner:
        return None
    theirs = " ".join(s for t in (*earlier_partner[-1:], partner) for s in sentences(t) if not s.endswith("?"))
    if not theirs:
        return None
    their_stems = _loose_stems(theirs)
    their_themes = _themes(theirs)
    for i, s in enumerate(sents):
        if s not in own or s.endswith("?") or not (EXPERIENCE.search(s) or STORY_TIME.search(s)) or sentence_depth(s) < 1:
            continue
        if COUNTERFACTUAL.search(s):
            continue  # "I'd have assumed it was personal too": their place imagined, not a story of one's own
        if not SELF_SUBJECT.search(s) or YOU_IN.search(re.split(r",? so (?=(?:i|i'?m|we|we'?re)\b)", s)[0]):
            continue  # a story with 'you' in it is about them ('last time you hired your cousin...'), not alongside them
        near = sents[max(0, i - 1): i + 2]
        # The story runs on into the next statements ('He died in 2019. I couldn't face coming down.').
        told = " ".join(n for n in sents[max(0, i - 1): i + 3] if not n.endswith("?"))
        shared = len(_loose_stems(told) & their_stems)
        if any(RELATE.search(n) for n in near) or len(_loose_stems(s) & their_stems) >= 2:
            return s
        if _themes(told) & their_themes and (shared >= 1 or _partner_own(theirs)):
            return s
    return None


COUNTERFACTUAL = re.compile(r"\b(?:i|we)(?:'d| would)(?: have|'ve| of)\b")
YOU_IN = re.compile(r"(?<!feel )(?<!hear )(?<!get )(?<!thank )(?<!with )\b(?:you|your|u|ur)\b(?! know\b)")
# The partner telling something of their own (not only asking or instructing).
PARTNER_OWN = re.compile(r"\b(?:i|i'?m|i'?ve|i'?d|my|me|we|we'?re|we'?ve|our|us)\b")


def _partner_own(theirs: str) -> bool:
    return bool(PARTNER_OWN.search(theirs))


def _struggle(text: str) -> bool:
    from .disclosure import partner_depth, sentence_depth

    return (sentence_depth(text) if len(sentences(text)) == 1 else partner_depth(text)) >= 2


ECHO_Q = re.compile(r"^(?!(?:who|what|where|when|why|how|which|do|did|does|are|were|have|has|can|could|would|will)\b[^?]*\b(?:you|u)\b)[\w\s',-]{1,30}\?+$")
# Their trouble weighed against something worse, as a question: 'Darker than a write-up over a ham?', 'Harder than nights?'
COMPARE_Q = re.compile(r"^(?:(?:oh|ha|what|sorry|so)[,!\s]+)*(?:[\w-]+er|worse|more [\w-]+|better) than [\w\s',-]{1,40}\?+$")
NOTHING = re.compile(r"(?:^|[,;:]\s*|\s-\s|\b(?:so|and|but|because|believe me)\s+)(?!(?:it|it'?s|that|there|there'?s|here'?s)\b)(?:[\w'-]+ ){0,3}(?!(?:there|here|it)\b)[\w-]+(?:'s| is| was| are) nothing\b(?! (?:left|else|more|to|wrong|new|in it)\b)|\bthat'?s nothing\b|\bnothing (?:like|on) (?:a |an |my |mine|what)|\bnothing (?:compared (?:to|with)|next to)\b")
# Shrinking their experience against one's own: 'once you've done that, icing is almost relaxing'.
MINIMISE = re.compile(
    r"\b(?:is|are|was|feels?|felt|seems?|looks?) (?:almost |basically |practically |pretty much |like |just )?"
    r"(?:relaxing|restful|a breeze|a doddle|a walk in the park|a holiday|a picnic|a cakewalk|child'?s play|nothing|easy|tame|a warm-up)\b(?! (?:to|for) (?:me|you)\b)"
)
# One's own heavier load carried regardless: 'and I still made it', 'and still cooked every tea'.
STILL_MANAGED = re.compile(r"\b(?:and|but) (?:i|we|i'?ve|we'?ve)? ?(?:still|somehow still) (?:\w+ )?(?:made|managed|got|did|went|came|found|ran|kept|hit|met|cooked|delivered|finished|turned up|showed up|worked|passed|hit|finished|did)\b")
BIGGER = re.compile(r"\b(?:even|way|much|far|a lot) (?:worse|bigger|crazier|harder|longer|more|tougher)\b(?! than (?:i|me|mine|we|us)\b)")


def one_up_sentence(text: str, partner: str | None) -> str | None:
    """Answering their story with a bigger one of one's own.

    The shapes: a dismissive echo of their words as a question followed by one's own
    story ("Trouble sleeping? Try..."); 'X is nothing'; a comparison that makes one's own
    bigger; a 'now THAT is...' capper.
    """
    if not partner:
        return None
    from .disclosure import own_sentences

    sents = sentences(text)
    own = set(own_sentences(text))
    for i, s in enumerate(sents):
        if ONE_UP.search(s) and not re.search(r"\btell me about it more\b", s):
            return s
        if re.search(r"\b(?:too|as well),? and (?:i|we) still\b", s) or s.startswith("but ") and s in own and _struggle(s) and _struggle(partner):
            return s
        if s in own and STILL_MANAGED.search(s) and _struggle(partner) and not YOU_IN.search(s[: STILL_MANAGED.search(s).start()]):
            return s  # 'I did sixty-hour weeks and I still made your birthday': their struggle set beside one's own bigger load
        if NOTHING.search(s) and not re.match(r"^(?:oh,? )?(?:it'?s|it was) nothing\b", s):
            return s
        low = MINIMISE.search(s)
        if low and overlap(s[: low.start()], partner) and (s in own or i and sents[i - 1] in own or re.search(r"\bonce you'?ve\b", s)):
            return s  # their thing made small beside one's own
        big = BIGGER.search(s)
        if big and s in own and not re.match(r"^you\b", s) and not re.search(r"\b(?:this|that|it|yours|you)(?:'s| is| was| were| are|'re)? (?:\w+ )?$", s[: big.start()]):
            return s  # 'mine was even worse', not 'this is way bigger than a party' (theirs is the bigger)
        know = re.match(r"^(?:(?:oh|ah|ha|well|pfft|please|mate|so|and|but|believe me|trust me|ja|yeah)[,!\s]+)*i know ([a-z'-]+)\W*$", s)
        if know and know.group(1) in content_stems(partner) | set(re.findall(r"[a-z'-]+", partner.lower())) and content_stems(know.group(1)):
            return s  # 'Oh, I know complicated.': their word claimed back as one's own, at a larger size
        if re.match(r"^now,? (?:that'?s|that is|this is)\b", s):
            return s
        if SMALLER.search(s) and overlap(s, partner) and (any(r in own for r in sents[max(0, i - 2): i + 2] if r != s) or s in own):
            return s  # 'Eleven's not bad.', 'Wrists heal quicker, at least.': their thing made small beside one's own
        if REAL_ONE.match(s) and any(r in own for r in sents[:i]):
            return s  # 'That's real risk.' after one's own story: theirs was not the real thing
        if (ECHO_Q.match(s) or LAUGH_ECHO.match(s) or COMPARE_Q.match(s)) and (overlap(s, partner) or COMPARE_Q.match(s)) and i + 1 < len(sents):
            rest = sents[i + 1:]
            # One's own story told as the same ('I found it clunky too') connects at their scale.
            story = [r for r in rest[:2] if (r in own or re.match(r"^(?:try|you did|you think|nothing)\b", r)) and not SIMILAR.search(r)]
            caring = any(re.search(r"\b(?:sorry|oh no|how (?:are|is|did|was)|that sounds|must be)\b", r) for r in rest[:2])
            if story and not caring and not any(r.endswith("?") for r in rest[:1]):
                return s
    return _bigger_number(sents, own, partner) or _bigger_story(text, partner, sents, own) or _graver(sents, own, partner)


_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
_TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
NUMBER = re.compile(r"\b(?:\d[\d,]*|(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|thousand|and)[\s-]*)*(?:" + "|".join([*_UNITS, *_TENS, "hundred", "thousand"]) + r"))\b")


def _numbers(text: str) -> list[int]:
    """The quantities named in a text, in digits or words ('a hundred and forty' is 140)."""
    out = []
    for m in NUMBER.finditer(text):
        tok = m.group(0).replace(",", "")
        if tok.isdigit():
            out.append(int(tok))
            continue
        total = cur = 0
        for w in re.split(r"[\s-]+", tok):
            if w in _UNITS:
                cur += _UNITS[w]
            elif w in _TENS:
                cur += _TENS[w]
            elif w == "hundred":
                cur = max(cur, 1) * 100
            elif w == "thousand":
                total, cur = total + max(cur, 1) * 1000, 0
        if total + cur:
            out.append(total + cur)
    return out


def _bigger_number(sents: tuple[str, ...], own: set[str], partner: str) -> str | None:
    """Their number echoed back, then a bigger one of one's own: 'Eighty! My first year I had a hundred and forty.'"""
    for i, s in enumerate(sents[:-1]):
        if not (ECHO_BANG.match(s) or ECHO_Q.match(s) or LAUGH_ECHO.match(s)) or not overlap(s, partner):
            continue
        theirs = [n for n in _numbers(s) if n in _numbers(partner) and n > 1]
        if not theirs:
            continue
        for r in sents[i + 1: i + 3]:
            if r in own and not r.endswith("?") and not SIMILAR.search(r) and any(n >= 1.3 * max(theirs) for n in _numbers(r)):
                return r
    return None


# Their thing called small: 'Eleven's not bad', 'six months is nothing', 'wrists heal quicker, at least'.
SMALLER = re.compile(
    r"^(?:(?:oh|ah|ha|well|honestly|mate)[,!\s]+)*(?!(?:it|it'?s|that|this|you|yours|your)\b)(?:[\w'-]+ ){0,3}?[\w'-]+(?:'s| is| was| are| were) (?:not (?:that |so |too |even )?(?:bad|much|many|long|big|hard|a lot)|nothing)\b|"
    r"\b(?:\w+er|better|less|more|easier) ?,? at least\W*$"
)
# Claiming the real version of theirs: "That's real risk.", 'Now that's tired.'
REAL_ONE = re.compile(r"^(?:(?:and|so|but|now)[,\s]+)?(?:that'?s|that is|this is) (?:real|proper|actual|true) [\w-]+(?: [\w-]+)?\W*$")
# Their words echoed with a laugh, before one's own story: "Six o'clock, ha!"
LAUGH_ECHO = re.compile(r"^(?!.*\b(?:is|are|was|were|'s|'re)\b)(?:[\w'-]+[\s,]+){0,3}[\w'-]+,? (?:ha|haha|hah|pfft|pff|pah)\W*$")
# Marks of a graver case than theirs: surgery, hospital, a near loss, money staked on it.
SEVERE = re.compile(
    r"\b(?:surgery|operation|pins|intensive care|icu|a&e|in hospital|hospitali[sz]ed|(?:nearly|almost) (?:lost|died|killed|left)|we nearly lost|"
    r"in (?:two|three|several) places|the works|full rupture|worst (?:he|she|they|the \w+) (?:had|'d|has|'s)? ?(?:ever )?seen|pneumonia|"
    r"remortgag\w*|sold (?:my|our|the) (?:car|house|flat)|lived on \w+ for|(?:went|gone|going) bankrupt)\b"
)


def _graver(sents: tuple[str, ...], own: set[str], partner: str) -> str | None:
    """One's own case of the very thing they told, with marks of a graver one that theirs lacks:
    'Ruby broke her wrist' answered with 'Mateo broke his arm in two places - surgery, pins, the works'."""
    from .disclosure import partner_depth

    if SEVERE.search(partner) or partner_depth(partner) < 1:
        return None
    theirs = _loose_stems(partner)
    for i, s in enumerate(sents):
        if s.endswith("?") or not (s in own or re.match(r"^(?:my|our|mine)\b", s)) or not EXPERIENCE.search(s):
            continue
        told = " ".join(r for r in sents[i: i + 3] if not r.endswith("?"))
        if SEVERE.search(told) and not SIMILAR.search(s) and (_loose_stems(s) & theirs or _themes(s) & _themes(partner)):
            return s
    return None


def _bigger_story(text: str, partner: str, sents: tuple[str, ...], own: set[str]) -> str | None:
    """Their experience answered with a story of one's own on a larger scale: deeper than theirs
    (a grief beside their sadness), or told at several times their length, with no question for
    them and no sign of telling it to connect ('me too', 'so I know that feeling')."""
    from .disclosure import depth, partner_depth, sentence_depth, STORY_TIME
    from .listening import PIVOT

    if "?" in partner or "?" in text or depth(partner) < 1 or any(PIVOT.search(s) for s in sents):
        return None
    if len(re.findall(r"\b(?:you|your|you'?re|u|ur)\b", partner.lower())) >= 2:
        return None  # their turn is about the learner (a complaint, a question of conduct), not a story to top
    story = [s for s in sents if s in own and (EXPERIENCE.search(s) or STORY_TIME.search(s))]
    if not story or any(SIMILAR.search(s) or RELATE.search(s) or ADVICE.search(s) for s in sents):
        return None
    told = " ".join(story)
    if not (_loose_stems(told) & _loose_stems(partner) or _themes(told) & _themes(partner)):
        return None  # a story on another matter altogether is a change of subject, not a bigger version of theirs
    mine, theirs, n, m = depth(text), partner_depth(partner), word_count(text), word_count(partner)
    if mine >= 3 and mine > theirs and n >= max(2 * m, 35) or mine >= theirs and n >= max(4 * m, 60):
        return max(story, key=sentence_depth)
    return None


OPEN_ASK = re.compile(r"(?:^|[.!?]\s+)(?:(?:so|and|but|ok|okay|well)[,\s]+)?(?:what|how|why)\b(?!\s+(?:time|day|long|many|much|old|often)\b)[^.?!]*\?")


def is_dominating(text: str, partner: str | None, talk_share: float) -> bool:
    """A long turn that holds the floor, unless the partner asked for an explanation."""
    n = word_count(text)
    # Asked to explain, or asked an open question that invites a story ('What made you switch?').
    asked = bool(partner and (ASKED_TO_EXPLAIN.search(partner.lower()) or OPEN_ASK.search(partner.lower()) or ADVICE_REQUEST.search(partner.lower())))
    partner_words = word_count(partner) if partner else 0
    if n >= (150 if asked else 80):
        return True
    # Several times their length, near the 80-word mark: a 60-word answer to 'does it matter' holds no floor.
    return not asked and n >= 75 and partner_words > 0 and n >= 4 * partner_words and talk_share > 0.6


def advice_sentence(text: str, partner: str | None) -> str | None:
    """Telling them what to do, when they did not ask."""
    if partner and ADVICE_REQUEST.search(partner.lower()):
        return None
    capper = one_up_sentence(text, partner)
    sents = sentences(text)
    for i, s in enumerate(sents):
        if i and s.startswith("you ") and attack_sentence(sents[i - 1]):
            continue  # 'You never do the pans. You just leave them soaking.': the complaint going on, not a tip
        if s == capper and not re.search(r"\byou (?:should|need to|must|ought to|have to|'d better)\b", s) or capper and re.match(r"^try (?:a|an|the|\w+ing|being)\b", s) or s.endswith("?") and not re.search(r"have you (?:tried|considered|thought about|looked into)|why don'?t you|why not just|what if you|how about you", s):
            continue
        if ADVICE.search(s) and not re.search(r"\b(?:we should|let'?s|we could|should we|if you like|if you want|if you fancy)\b|\byou (?:could|can|might) (?:\w+ )?(?:me|us)\b|"
                                              r"\b(?:i'll|i will|we'll|we will)\b[^.?!]*\band you (?:could|can|do|take|might)\b|"  # shares of a joint step
                                              r"^(?:\w+[,!.\s]+)?(?:get (?:some|a good) (?:sleep|rest|kip)|take care|take it easy|rest up|look after yourself)\b", s) and not attack_sentence(s):
            return s
    return None


# Brushing the other person's matter aside to get to one's own: a rush whatever came before.
DISMISS = re.compile(
    r"\b(?:(?:skip|cut|forget) (?:the )?(?:small talk|pleasantries|niceties|formalities|preamble|chit-?chat|catch-?up)|let'?s not (?:get into|go into|worry about) (?:all )?(?:that|this)|"
    r"while i'?ve got you|no time for (?:small talk|chit-?chat)|cut to the chase)\b"
)


def dismissive_rush(text: str) -> str | None:
    """A rush that brushes their matter aside outright, so earlier rapport does not excuse it."""
    sents = sentences(text)
    for i, s in enumerate(sents):
        if DISMISS.search(s):
            return s
        if SEGUE.search(s):
            for t in sents[i : i + 2]:
                if RUSH.search(t) or ASK.search(t):
                    return t
    return None


# A reply that gives their question or news a word and no more: 'Fine.', "They're fine.", 'Long story, ha.', 'Totally.'
BRUSH_OFF = re.compile(
    r"^(?:(?:oh|ah|um|uh|yeah|yes|yep|ha|haha|lol|right|well|sure)[,!.\s]+)*(?:(?:it'?s|they'?re|that'?s|things are|all|we'?re|i'?m) )?"
    r"(?:fine|good|ok|okay|alright|all right|not bad|grand|great|totally|sure|same old|nothing much|long story|busy|whatever|i hear you|i get (?:it|that)|noted|understood|right|yeah|cool)"
    r"(?:[,!.\s]+(?:ha|haha|lol|thanks|cheers|really|mostly|i guess|anyway|yeah))*\W*$"
)
# Pushing one's own item onto the table: 'Can we talk about the pay rise?', 'So is it happening or not?',
# "let's talk about how you're going to get it done".
AGENDA = re.compile(
    r"\b(?:(?:can|could|shall) we (?:just )?(?:talk about|discuss|get to|go over|sort out|sort|look at|deal with|get back to) (?:the|my|our|this|that)\b|"
    r"(?:is|are|was) (?:it|that|this|they|we) (?:\w+ )?(?:happening|going ahead|on|approved|agreed|sorted|signed off|coming|done)\W* or not\b|\bor not\W*$|"
    r"(?:so|anyway|now),? (?:about|back to|what about) (?:the|my|our)\b|"
    r"let'?s (?:talk about|focus on|get to) (?:how|when|what) you(?:'re| are)? (?:going to|gonna|will|can|'ll)\b)"
)


def brush_off_rush(text: str, partner: str | None) -> str | None:
    """Their question or news answered with a word, then straight to one's own business."""
    if not partner:
        return None
    sents = sentences(text)
    if len(sents) < 2 or not BRUSH_OFF.match(sents[0]):
        return None
    for s in sents[1:3]:
        m = AGENDA.search(s)
        if RUSH.search(s) or ASK.search(s) or m and (m.group(0).startswith(("let", "or ")) or " or not" in s or not overlap(s, partner)):
            return s
    return None


# The ask brought in over them: 'Anyway, could you intro me?', 'Oh, before you go, we sell...'
SEGUE = re.compile(r"^(?:(?:oh|ah|right|ok|okay|so|but|and)[,\s]+)*(?:anyway|anyways|anyhow|before you (?:go|head off|dash|run)|while i (?:have|'ve got) you|quick one)\b")


# They asked what the learner does: saying what one builds or sells is then an answer, not a pitch.
ASKED_WHAT_YOU_DO = re.compile(
    r"\bwhat (?:do|are|is) (?:you|u|ya) (?:do|doing|working on|building|up to|selling|make|making)\b|\bwhat (?:you|u) do\b|"
    r"\b(?:tell me|told me) (?:about|what) (?:your|ur|you)\b|\bwhat(?:'s| is) (?:your|ur) (?:startup|company|business|thing|app|line|field|job|venture)\b|\bwhat line are you in\b"
)
# They signalled they are off duty: 'I'm off the clock tonight', 'it's my day off'.
OFF_DUTY = re.compile(r"\b(?:off the clock|off duty|off-duty|(?:my|a) (?:day|night|evening) off|not (?:working|on duty|on the clock)(?: (?:tonight|today|now))?|here (?:socially|as a guest|for (?:fun|the (?:band|music|wine|food)))|no (?:shop ?talk|work talk)|leave work at (?:work|the door|home))\b")
YIELD = re.compile(r"\b(?:sorry|apologies|of course|fair enough|fair play|no worries|i'?ll leave (?:it|you)|won'?t keep you|another time|forget (?:i|it)|never mind|good for you|lucky you)\b")
OWN_BUSINESS = re.compile(r"\b(?:our|my) (?:application|bid|proposal|pitch|company|startup|start-up|business|product|app|platform|project|funding|grant|deal|contract|portfolio|show|tour|range|collection)\b")


def rush_sentence(text: str, partner: str | None = None) -> str | None:
    """The pitch or the ask: not when they asked what the learner does; pressing on when they said they are off duty."""
    asked = bool(partner and ASKED_WHAT_YOU_DO.search(partner.lower()))
    sents = sentences(text)
    for s in sents:
        if RUSH.search(s) and not (asked and "?" not in s and not re.search(r"\b(?:you|your)\b", s)):
            return s
    if partner and OFF_DUTY.search(partner.lower()) and not any(YIELD.search(s) for s in sents):
        for s in sents:
            if OWN_BUSINESS.search(s):
                return s
    return None


# Asking them for something for oneself: a favour done with one's own things, an opening to one's wares,
# the person who buys or decides, a name one needs, or their figures to go through.
ASK = re.compile(
    r"\b(?:(?:can|could|would|will) you (?:be able to |possibly |please |just |quickly )?(?:\w+ ){0,2}?(?:review|forward|send|pass|share|introduce|intro|refer|recommend|"
    r"sign|approve|look over|put in a word)\b[^?]{0,40}?\b(?:my|our)\b|"
    r"(?:may|can|could) i (?:introduce|present|show you|tell you about|walk you through) (?:you to )?(?:our|my)\b|"
    r"who(?:'s| is)? (?:\w+ )?(?:handles?|looks? after|runs?|owns?|manages?|buys?|chairs?|heads?(?: up)?|leads?|signs? off on|decides? on|(?:is )?in charge of) (?:the )?(?:your )?[\w-]+(?: [\w-]+)?(?: (?:at|in|for) your|\s+-|\?|$)|"
    r"(?:i|we) (?:really )?(?:need|'m looking for|am looking for|could (?:really )?use) (?:a|an|some) (?:[\w-]+ ){0,2}?(?:name|contact|intro|introduction|referral)\b|"
    r"(?:shall|should|can|could) we (?:go through|look at|get (?:into|to)|run through|talk about|discuss|crack on with) (?:your|the) (?:[\w-]+ )?(?:stats|numbers|figures|targets|metrics|kpis|pipeline|results|performance)\b|"
    # A slot of their time for one's own cause: 'Would you be interested in doing a slot?', 'could you be up for a shift on the stall?'
    r"(?:would|could|might) (?:you|u) be (?:at all )?(?:interested in|up for|willing to|able to|free to) (?:doing|taking|covering|running|manning|helping (?:out )?(?:with|on|at)|volunteering (?:for|on|at)|do|take|cover|run|man|help (?:out )?(?:with|on|at)|volunteer (?:for|on|at)) (?:a |an |the |one |some |our |my )?(?:[\w-]+ )?(?:slot|shift|session|stint|turn|stall|table|rota|stand|sponsorship|donation)s?\b)"
)


def ask_sentence(text: str, partner: str | None) -> str | None:
    """The learner's own ask, made without taking up anything the partner just offered of themselves."""
    if partner and ADVICE_REQUEST.search(partner.lower()):
        return None
    for s in sentences(text):
        if ASK.search(s):
            return s
    return None


# A question whose subject is this talk or the learner's own part in it, put together from its parts:
# (1) what was just said, weighed in a word: 'Too much?', 'Bit heavy?', 'Too much shop talk for a Friday?', 'TMI?';
# (2) the learner's own conduct: 'Have I turned into a pest?', 'Am I wasting your lunch?', 'am i boring u';
# (3) whether, or how, to go on: 'Is it alright if we keep going with this?', 'Shall we start over?', 'want me to stop?';
# (4) how the talk is going or serving them: 'How are you going with this chat?', 'Is this actually helpful for you?'
_TALK_ADJ = (r"(?:much(?=\W*$|[,.!?]| (?:for|from|of|at|too|with|to|on|info\w*|detail\w*|[\w-]+ talk|talk|chat|me|said)\b)|heavy|deep|dark|intense|personal|blunt|forward|raw|grim|morbid|nerdy|geeky|technical|boring|nosy|pushy|weird|random|"
             r"niche|full[- ]on|in your face|a lot|many questions|long[- ]winded|preachy|serious|depressing|intrusive)"
             r"(?! to (?:lift|carry|move|drive|walk|run|eat|drink|wear|cook|fit|pay|afford|climb|swim)\b)")
_DEGREE = r"(?:(?:a |abit |a wee |a tad |a touch |bit |way |far |much |rather |slightly |little )?(?:bit |little |tad |touch )?too |a (?:bit|little|touch|tad) |bit |abit |kinda |kind of |slightly )"
CHECK_IN_Q = re.compile(
    r"(?:^|[^\w\s,'’]\s*)(?:(?:sorry|soz|oops|ok|okay|oh|ah|hmm|um|ugh|argh|omg|lol|haha|ha|god|gosh|jeez|yikes|eek|anyway|and|or|so|wait|right|yeah)[,!.\s]+)*(?:(?:is|was|has|were) (?:that|this|it|all that|all this|i|i being) (?:been |getting )?)?"
    + _DEGREE + _TALK_ADJ + r"\b[^?]{0,45}\?|^(?:(?:sorry|oops|too much|lol)[,!.\s]+)*(?:tmi|oversharing|over-?sharing|too much info(?:rmation)?)\b[^?]{0,20}\?|"
    r"\b(?:am|was|have|did|do|'m|are) i (?:\w+ ){0,2}?(?:(?:turned|turning) into|become|becoming|being|been|sounding|coming across as|come across as) (?:a |an |such a |the |like a |like an |a bit of a |a bit of an |bit of a |a total |a real )?(?:\w+ )?"
    r"(?:pest|nuisance|pain|bore|bully|broken record|lecturer|know-?it-?all|control freak|drama queen|downer|buzzkill|killjoy|nag|weirdo|creep|stalker|salesman|sales ?person|therapist|parrot|interrogator|cop|headmaster|teacher)\b|"
    r"\b(?:am|was|have|'m|are) i (?:\w+ )?(?:wasting (?:your|ur)|taking up (?:your|ur|too)|eating into|boring (?:you|u)|keeping (?:you|u) (?:from|up)|holding (?:you|u) up|"
    r"talking (?:too much|your ear off|at (?:you|u)|nonsense)|oversharing|dumping|unloading|monopoli[sz]ing|banging on|droning|waffling|harping on)\b|"
    r"\b(?:is it|would it be|are (?:you|u)|r (?:u|you)|you) (?:still )?(?:ok|okay|alright|all right|fine|cool|happy|good|up for|game|happy enough|comfortable)(?: if (?:i|we)| to| for (?:me|us) to| with (?:me|us))? (?:\w+ ){0,2}?"
    r"(?:keep(?:ing)? (?:going|at it|talking)|go(?:ing)? on|carr(?:y|ying) on|continu(?:e|ing)|start(?:ing)? (?:\w+ ){0,3}?(?:again|over|afresh)|tr(?:y|ying) (?:that|this|it) again|"
    r"(?:talk|go|work|talking|going|working) (?:it|this|things) through|(?:go|going) (?:through|over) (?:it|this|that)\b|talk(?:ing)? (?:about )?(?:it|this|that)\b|do(?:ing)? (?:this|that) again|rewind(?:ing)?|go(?:ing)? back over)\b|"
    r"\b(?:should|shall|can|could|may) (?:i|we) (?:just )?(?:stop (?:there|here|now|talking|for now|for today)|stop\W*$|shut up|back off|leave it (?:there|at that)|wrap (?:this|it|things)? ?up|take a (?:break|breather|pause)|start (?:\w+ ){0,3}?(?:again|over)|try (?:that|this) again|rewind)\b|"
    r"\b(?:do|would) (?:you|u) (?:want|like) me to (?:stop|shut up|back off|leave it|drop it|go on|keep going|carry on)\b|\bwant me to (?:stop|shut up|back off|leave it|drop it|go on|keep going)\b|"
    r"\b(?:have|had|are) (?:you|u) (?:had enough|sick of (?:me|this|my)|tired of (?:me|this|my)|bored of (?:me|this|my)|fed up (?:of|with) (?:me|this|my))\b|"
    r"\bhow (?:are|r) (?:you|u) (?:going|doing|finding|getting on|feeling|coping|holding up)(?: (?:with|about))? (?:this (?:chat|conversation|talk|meeting|session|so far)|our (?:chat|conversation|talk)|(?:me )?(?:talking|chatting) (?:about )?(?:it|this)|having (?:said|told|shared|talked|opened up|brought)|(?:all )?this so far|me so far)|"
    r"\bhow(?:'s| is| has) (?:this|our) (?:conversation|chat|talk|meeting|session|catch-?up|one-?to-?one|1:1) (?:been )?(?:going|landing|feeling|sitting|working)\b|"
    r"\b(?:is|was|has) (?:this|that|any of this|me (?:\w+ing)|talking(?: about it)?) (?:been )?(?:actually |at all |even |really |still |genuinely )?(?:helpful|useful|helping|any use|any help|any good|of (?:any )?use|working for (?:you|u))\b|"
    r"\bdoes (?:this|talking(?: about it)?|any of this|it) (?:even |actually |really )?help(?:ing)? (?:at all|you|u|to talk|\W*$)"
)


def check_in_sentence(text: str) -> str | None:
    """Asking how this conversation sits with them: not permission for a dated next step."""
    for s in sentences(text):
        dated_step = re.search(r"\bif (?:i|we)\b", s) and NEXT_STEP_DAY.search(s) and not re.search(r"\b(?:talk|discuss|chat|ask|bring (?:it|this) up)\b", s)
        if (CHECK_IN.search(s) or "?" in s and CHECK_IN_Q.search(s)) and not dated_step:
            return s
    return None


NUM_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
WHEN = re.compile(
    DAY[:-1] + r"|at (?:" + NUM_WORD + r"|noon|midday|lunch(?:time)?|half " + NUM_WORD + r"|quarter (?:past|to) " + NUM_WORD + r")\b|half " + NUM_WORD + r"\b|"
    r"lunchtime|midnight|(?:i'?ll|we'?ll|i will) \w+(?: \w+)? now\b|the day before|the (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week) after|"
    r"after (?:the (?:panel|talk|session|meeting|call|event|keynote)|work|school|tea|dinner|half[- ]term|standup|stand-up)|on the \d+|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:this|next) (?:sprint|quarter|term|half[- ]term|cycle)|(?:\w+ )?arvo|"
    r"(?:let'?s|lets) \w+(?: \w+)? now|right now|straight away|from (?:tonight|today|now on|tomorrow|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    # A clock time or a calendar date: '10:15', '17 June', 'June 17th'.
    r"\b\d{1,2}[:.]\d\d\b|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|"
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?\b|"
    # A time and place agreed in a word: 'Six in the booth.', 'Ok, 7.30 outside the station.'
    r"^(?:(?:ok|okay|right|deal|great|perfect|lovely|so|then|done)[,!.\s]+)*(?:" + NUM_WORD + r"|\d{1,2}(?:[:.]\d\d)?)(?: ?(?:am|pm|o'?clock|sharp|thirty))? (?:in|at|outside|by) (?:the )?[\w']+)"
)
COMMIT = re.compile(
    # 'ill' and 'well' are words too ('him being ill', 'well, ...'): texted 'i'll'/'we'll' only before a verb of doing.
    r"\b(?:i'll|(?<!being )(?<!was )(?<!is )(?<!feel )(?<!felt )(?<!got )(?<!fell )(?<!been )(?<!very )(?<!really )(?<!too )(?<!so )(?<!are )(?<!were )(?<!'s )(?<!'re )(?<!quite )(?<!seriously )ill (?=[a-z]+ )(?!(?:health|at ease|feeling|will|effects?|advised|informed)\b)|i will|i'?m going to(?! (?:need|have to|want)\b)|i am going to(?! (?:need|have to|want)\b)|i can|i could|let me|we'll|we will|let's|(?:^|(?<=[,;:] )|(?<=\bok )|(?<=\bso )|(?<=\bthen )|(?<=\band ))lets\b|shall we|shall i|can we|could we|"
    r"how about (?:we|i)|why don'?t we|what if (?:we|i)|would it help if (?:i|we|you)|would it be (?:\w+ )?(?:ok|okay|possible|unreasonable|alright|all right|worth|easier|better) (?:to|if)|"
    r"(?:would|do) you (?:like|want|fancy) to (?:get|grab|meet|come|have|do|go)|would you have (?:\w+ )?(?:minutes?|time|a moment|a sec)|"
    # The time they proposed, taken: 'Deal, 10:15.', 'Coffee at 12 then.', 'Until 17 June, then.'
    r"^(?:(?:deal|perfect|lovely|done|sounds good|see you)[,!.\s]+)+(?=.*\d)|\bthen\W*$|^until\b|"
    r"i (?:send|email|call|ring|text|forward|bring|book|put|reserve|do|take) (?=.*\b(?:today|tonight|tomorrow|now|after lunch|this (?:morning|afternoon|evening)|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day))|"
    # An invitation with its time: 'Come round to mine on Sunday at eleven', 'could you come with me Sunday?', 'wanna do past papers thurs, 2pm?'
    r"^(?:(?:\w+)[,!\s]+)?(?:come (?:round|over|along|by|and)|join (?:me|us)|meet (?:me|us)|pop (?:round|over|by)|swing by)\b|(?:could|can|would|will) you (?:come|join|meet)\b|"
    r"(?:^|\b(?:do |d'?)?(?:you|u) )(?:wanna|want to|fancy) (?:\w+ )?(?:do|grab|get|meet|come|go|try|join)\b(?=[^.!]*\?)|i'?m (?:free|around|about) (?:for|on|any|most|after|before|from|all)\b|"
    r"\bif i (?:send|email|bring|share|forward|drop)\b|i propose|(?:maybe|then) we (?:try|do|meet|start|book|go)\b|see you (?:on |next |this |then|there|at |tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|"
    # A time put as the question: 'Friday?', 'Same time next Tuesday if you're still one short?'
    r"^(?:(?:so|then|ok|okay|or|maybe)[,\s]+)?(?:same time|same place|(?:this|next) (?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.!]{0,50}\?$|\bat [\w:]+ then\b|want me to|would it be (?:all right|alright|ok|okay) if i|could i|can i|"
    r"happy to|i'?d be (?:happy|glad) to|i'?m (?:buying|bringing|taking|getting|booking|sending|coming)|i (?:am|'m) (?:okay|ok|happy) to|"
    r"(?:does|would|will|do) .{1,50}? (?:work|suit)(?: for [\w ]{1,20}| you)?\s*\?|(?:is|would) it(?: be)? (?:all right|alright|ok|okay) if (?:i|we)|let me know (?:by|on|before)|from (?:tonight|today|now on|tomorrow),? .{0,40}\bi\b|"
    # An invitation left to them: 'Tuesday at half five, if you fancy it', "on Saturday morning, if you're still in Lagos".
    r"\bif (?:you|u)(?: fancy| want| like|(?:'re|re| are) (?:still )?(?:keen|free|around|about|up for it|in town|in|game|interested))\b|"
    # The plan read back: "So that's Wednesday the 4th, Old Arts", "so it's a date".
    r"\bso (?:that'?s|it'?s|we'?re) (?:(?:a )?(?:date|deal|plan)\b|(?:on|set|sorted|booked|settled|agreed)\b|(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day|next|tomorrow|tonight|the \d)))"
)
NOT_COMMIT = re.compile(
    r"\b(?:(?:not sure|don'?t know|doubt|wonder)(?: if| whether)? i can|i'?ll be (?:honest|quick|brief)|i'?ll admit|i'?ll (?:get|cut|go) (?:straight )?to|if (?:we|i) (?:talk|discuss|chat|ask)\b|let'?s keep (?:this|it)|i(?:'?ll| will) tell you(?:,|\W*$| (?:what|this|now|straight|honestly|frankly|exactly|something|one thing|a secret|for free|for nothing|the truth)\b)|i'?ll (?:admit|say this|be honest)|i can(?:'t| not)|i cannot|i could(?:n'?t| not)|i (?:could|can) (?:barely|hardly|only just|never|just about)|"
    r"i can (?:see|imagine|tell|hear|relate|understand)|i could (?:see|imagine|tell|hear)|let me (?:guess|think|be|tell you about|get this straight)|"
    r"let'?s (?:talk|discuss|focus|be honest|not|skip|get (?:to|into|straight|through))\b(?!.{0,40}" + DAY + r"))"
)
HANDOFF = re.compile(
    r"\b(?:i'?ll|ill|i will|i can|i could|let me|would it help if i|want me to|happy to|i'?d be happy to)\s+(?:\w+\s+){0,2}?"
    r"(?:send|sent|forward|introduce|intro|connect|email|walk|show|bring|text|ring|pair|book)\w*\s+(?:you|him|her|them)\b"
)
CALLBACK_YOU = re.compile(
    r"\b(?:you (?:said|mentioned|recommended|told me|were telling me|were planning|were saying)|u said|"
    r"(?:your|ur) (?:[\w'-]+ ){0,6}?(?:line|point|idea|tip|advice|suggestion|recommendation|story|comment)\b|like you (?:were planning|said|suggested)|"
    r"(?<!how )(?<!why )(?<!what )(?<!where )(?<!when )(?<!which )(?<!who )(?<!many )(?<!much )(?<!long )did (?:you|u) (?:ever|get a chance|manage|end up|find|get)|how did .{2,40}? go\b|hope (?:the|your) [\w\s'-]{2,30} (?:went|goes|is going|was))"
)


# Asking to hear how their particular thing turns out: a named what, and them to tell it.
HEAR_BACK = re.compile(r"\blet me know how (?:the|your) [\w' -]{2,40}? (?:goes|went|turns out|works out|lands|pans out)\b")


def _next_step(sents: tuple[str, ...], i: int) -> bool:
    """A commitment or proposal with a when (here or in a neighbouring sentence), or a handoff to a person."""
    s = sents[i]
    if HEAR_BACK.search(s):
        return True
    m = COMMIT.search(s)
    if not m or NOT_COMMIT.search(s) or VAGUE_LATER.search(s) and not WHEN.search(s):
        return False
    if "?" in s and (CHECK_IN.search(s) or CHECK_IN_Q.search(s)):
        return False  # 'Too much for a Sunday, or shall we carry on?' asks about this talk, not a next step
    if HANDOFF.search(s) or WHEN.search(s):
        return True
    near = [sents[j] for j in (i - 1, i + 1) if 0 <= j < len(sents)]
    return any(WHEN.search(n) and not VAGUE_LATER.search(n) for n in near)


def follow_through_sentence(text: str, partner_turns: tuple[str, ...] = ()) -> str | None:
    """A specific next step (what + who/when), or a later message calling back to them.

    A callback counts only when what it recalls was not said in this conversation: quoting
    their last turn back is listening, recalling the party is following through.
    """
    sents = sentences(text)
    for i, s in enumerate(sents):
        if _next_step(sents, i):
            return s
    said_here = " ".join(partner_turns)
    for i, s in enumerate(sents):
        m = CALLBACK_YOU.search(s) or CALLBACK.search(s)
        if not m or attack_sentence(s):
            continue  # 'you said you were sick and then...' holds their words against them: no callback
        recalled = s[m.end():] if content_stems(s[m.end():]) else s
        if not content_stems(recalled):
            continue
        if not said_here or not overlap(recalled, said_here) or re.search(r"\b(?:met|spoke|chatted|meetup|party|dinner|fair|conference|panel)\b", s):
            return s
    return None
