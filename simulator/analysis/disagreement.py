"""Disagreement language: blaming the person, owning one's view, stating theirs first."""

from __future__ import annotations

import re

from .text import content_stems, overlap, sentences

ATTACK = re.compile(
    r"\b(?:you(?:'re| are) (?:wrong|being (?:ridiculous|unreasonable|difficult|dramatic|childish|paranoid|lazy|selfish|stubborn|defensive|petty|rude|silly|precious|absurd)|"
    r"so (?:selfish|lazy|stubborn|defensive|dramatic|negative|difficult|rude|precious|sensitive|unreasonable)|overreacting|over-reacting|impossible|unbelievable|"
    r"(?:just|always|constantly|clearly|obviously) (?:\w+ing|wrong|late|negative|complaining)|the problem|the reason|not listening|paranoid|ridiculous|useless|incompetent|lazy|selfish|delusional|clueless|making (?:this|it|things) (?:up|harder|difficult|about you))|"
    r"you (?:always|never|constantly|keep (?=\w+ing\b)|just don'?t|don'?t (?:care|listen|get it|understand|even|ever|respect|bother|think)|didn'?t even|can'?t (?:even|handle|take(?! in\b))|clearly|obviously|only care|only ever|ruin\w*|screw\w* (?:up|this|it)|mess\w* (?:up|this|it)|made (?:this|it|a mess|me look)|blew it|dropped the ball|have no idea(?! how)|haven'?t got a clue(?! how)|took credit|stole|lied|won'?t (?:listen|admit))|"
    r"you(?:'re| are|re) (?:being )?(?:a bit |so |very |really |pretty |quite |just |clearly )?(?:naive|precious|nostalgic|overthinking|exaggerating|dramatic|selfish|lazy|unreasonable|petty|paranoid|ridiculous|childish|defensive)|"
    r"you(?:'re| are|re) (?:always|never|forever|constantly) (?!the one who|(?:so |really |very )?(?:kind|good|great|generous|there|amazing|brilliant|lovely|supportive|patient|helpful|fair|honest|right|welcome|thoughtful|first|the first|happy|ready|willing)\b)|"
    r"you (?:\w+ly )?(?!bring|help|make|remember|find|know|manage)[a-z]+s? (?:every|each) (?:single )?(?:\w+ )?(?:i|we) |"
    r"you(?:'re| are|re) not the only one\b|(?:you'?re|you are|youre|your|ur) (?:literally |really |hardly |the last )?(?:one|the one|person) to talk\b|look who'?s talking|you(?: lot| guys| people| all| two)? (?:\w+ ){0,3}?without (?:even )?(?:asking|telling|consulting|checking with|talking to|a word)\b|"
    r"you(?: lot| guys| people| all)? (?:always |just )?take (?:like |about )?(?:forever|ages|a week|weeks|days|a month|months) to|(?:your|ur) (?:team|lot|side|department|people) (?:\w+ ){0,2}?(?:skipped|broke|missed|dropped|forgot|messed|screwed|ignored|caused|never|didn'?t)|"
    r"you(?:'re| are|re) (?:\w+ing) (?:\w+ ){0,4}?(?:every single|every night|every day|all the time|constantly|again)|you(?:'re| are|re) making (?:this|it) (?:a )?(?:much |way )?(?:bigger|big|a bigger) deal|"
    r"you(?:'re| are|re) just (?:better|good) at|and you know it|(?:we'?ll|i'?ll) (?:see|believe it) (?:if|when) you actually|"
    r"you (?:should|could|might) have (?!seen|heard|been there)(?:told|asked|said|known|checked|flagged|mentioned|thought|come)|you could (?:at least|give me a chance)|"
    r"(?:your|ur) (?:fault|problem|mess|mistake|issue|job to)|that'?s (?:on you|your (?:problem|fault|issue))|"
    r"you(?:'re| are|re)? (?:being |acting like |such )?(?:a |an )?(?:bit of a |real |total |complete |absolute |proper |such a )?"
    r"(?:martyr|baby|child|hypocrite|snob|liar|coward|drama queen|control freak|nightmare|joke|brat|bully|know-it-all|diva|princess|slob|nag|liability|"
    r"disaster|idiot|moron|jerk|fool|bore|killjoy|pushover|doormat|flake|hothead|grump|cheapskate|show-off|robot|dictator|micromanager)s?\b|"
    r"you(?:'re| are|re)? (?:just |simply |clearly |really |still )?(?:not|never) (?:pulling your weight|doing your (?:share|part|bit|job)|taking (?:this|it|anything|me) seriously|making (?:an|any) effort|trying)|"
    r"you (?:don'?t|never) (?:pull your weight|do your (?:share|part|bit|job)|take (?:this|it|anything|me) seriously|make (?:an|any) effort|try)|"
    r"you(?:'ve| have) (?:always|never) (?!been (?:so |really |very )?(?:kind|good|great|generous|there|amazing|brilliant|lovely|supportive|patient|helpful|fair|honest)\b)|"
    r"(?:classic|typical|how very) you\b(?! (?:are|were|can|could|do|did|know|have|'re|'ve|might|may|would|will))|"
    r"typical of you|this is typical|so typical|how could you|what(?:'s| is) wrong with you|who do you think|you people|"
    r"(?:stop|quit) (?:being|whining|complaining|moaning|making excuses)|get over it|grow up|whatever you say|nice try|"
    r"not my problem|must be nice|it'?s not like (?:\w+ ){1,5}(?:matters?|counts?|is important|are important)|(?:let'?s|lets) (?:make|call) it my (?:problem|fault)|"
    r"that'?s (?:ridiculous|pathetic|nonsense|rubbish)|(?:talking|such|utter) (?:nonsense|rubbish)|rubbish idea|stupid idea|are you (?:serious|kidding|joking|insane|crazy)|"
    # Sarcasm aimed at them: 'Of course you do.', 'Funny how you never...', 'How convenient.'
    r"funny how you|how convenient|"
    # Treating me as something: 'you talk to me like I'm a child', 'you're stood there tapping your watch like I've been down the pub'.
    r"you(?:'re| are| were|re)? (?:\w+ )?(?:treat(?:ing)? me|talk(?:ing)? to me|speak(?:ing)? to me|look(?:ing)? at me|stood there|standing there|sat there|sitting there|act(?:ing)?|behav(?:e|ing))\b[^.?!]{0,40}?\b(?:like|as if|as though) i(?:'m| am|'ve| have| was| had)?\b|"
    # Their own words or deeds held against them: 'you said you were sick and then you're on her story',
    # 'and you spent more than that on the sofa', 'last time you hired your cousin, I did every shift'.
    r"you (?:\w+ ){0,2}?(?:said|told me|promised|agreed|swore|claimed|insisted)\b[^.?!]{3,80}?\b(?:and then|but then|and now|but now|then|yet) (?:you|your|you'?re)\b|"
    r"(?:^|\b(?:and|but|well|so)\s)you (?:\w+ ){0,2}?(?:spent|bought|paid|wasted|blew|took|left|forgot|missed|cancelled|skipped|did|had) [^.?!]{0,40}?\b(?:more than (?:that|this|me|mine|i)|twice that|worse than|longer than (?:me|i|that)|(?:that|it|this) yourself|yourself)\b|"
    r"^(?:(?:and|well|yeah|but|oh)[,\s]+)+you (?:\w+ ){0,2}?(?:spent|bought|paid|wasted|blew|took|left|forgot|missed|cancelled|skipped|went|got)\b[^.?!]{3,60},? so(?=\W*$)|"
    r"(?:(?:the )?last time|every (?:single )?time|the one time) you (?:\w+ ){1,6}?(?:you|i) (?:\w+ ){0,2}?(?:spent|had to|ended up|end up|left|got stuck|was stuck|covered|covering|did (?:every|all)|do (?:every|all)|forgot|missed|couldn'?t|didn'?t|never|picked up|paid)\b|"
    # A habit of theirs named as a pattern: 'You do this every round', 'here you go again', 'and then expect the rest of us to nod along'.
    r"(?<!do )(?<!did )you (?:\w+ly )?(?:do|did|pull|try|pull|say) (?:this|that|it|the same (?:thing|trick)) (?:every|each|all the) (?:single )?(?:\w+)\b(?![^.!]*\?)|(?:here|there) you go again|you(?:'re| are|re) doing it again|"
    r"you (?:\w+ ){0,6}?(?:and then|then|just|always) expects? (?:me|us|everyone|everybody|the rest of us|people|others|the team|the rest) to\b|"
    # A hyperbole of their failing: "You'd hide behind a spreadsheet if the building was on fire."
    r"you'?d (?:\w+ ){1,6}?(?:even )?if (?:[\w']+ ){1,4}?(?:was|were|wasn'?t|weren'?t) (?:on fire|burning|ending|collapsing|sinking|screwed on|falling down)|you'?d (?:argue|row|fight|complain|moan) (?:with|about) (?:a |the )?(?:signpost|lamp-?post|wall|brick wall|sunshine|weather|paint|your own shadow)|"
    # Shame called down on them, or done to me behind my back.
    r"(?:sort|kind) of thing (?:your|ur) (?:\w+ )?(?:would|'d) (?:have been|be) (?:ashamed|embarrassed|appalled|disgusted|horrified)|(?:your|ur) (?:poor )?(?:mother|mum|mom|mam|ma|dad|father|da|gran|granny|nan|grandad|grandfather|grandmother) would (?:be|have been) (?:ashamed|appalled|disgusted|horrified|turning)|"
    r"(?:you should be|shame on you|i'?m) ashamed of you|shame on you|you (?:\w+ ){0,6}?behind (?:my|our|everyone'?s|the team'?s) back|^(?:(?:and|all|so)[,\s]+)*behind (?:my|our) back\W*$|"
    # Singling them out as the odd one: "you're literally the only one who has a problem with it".
    r"you(?:'re| are|re) (?:literally |honestly |really |just |actually )?the only (?:one|person) (?:here )?(?:who|that) (?:ever )?(?:has|have|had|complains?|moans?|minds?|objects?|makes?|kicks?|can'?t|doesn'?t|won'?t|never|seems? to have) ?(?:a |an |any )?(?:problem|issue|fuss|complaint|off|up)?)\b"
)
WARM_YOU = re.compile(
    r"you (?:always|constantly) [^.,;!?]{0,40}?\b(?:better than (?:me|i|us|anyone)|the best|so well|really well)\b|"
    r"you (?:always|never fail to|constantly|keep) (?:bring|make (?:me|us|it) (?:laugh|better|smile)|make (?:me|us) (?:feel )?(?:(?:so|a bit|much|more|really|way) ){0,2}(?:braver|stronger|better|happier|calmer|smarter|safer|welcome|special|confident|brave|proud)|help|know|manage|come through|remember|look out|go above|have (?:great|good|the best)|do (?:great|a great)|"
    r"find (?:time|the (?:time|energy|right|best|perfect)|a way to (?:help|fix|sort|cheer|make (?:me|us|it) (?:laugh|smile|better|work))))|"
    # Praise in a 'you always' frame: 'You always give really clear notes.'
    r"you (?:always|never fail to|constantly|keep) [^.;!?]{0,40}?\b(?:clear|helpful|kind|generous|thoughtful|brilliant|lovely|amazing|useful|calm|patient|spot[- ]on|sharp|considerate|supportive|reliable)\b|"
    # A maxim about anyone ('You never get over it, you just get used to it.'), not them.
    r"^you (?:never|always|don'?t|can'?t) [^,;]{2,30}[,;] you (?:just|only|simply)\b"
)
NEGATED = re.compile(r"\b(?:not (?:trying to |going to )?(?:saying|say|suggesting|suggest|implying|that)|don'?t think|didn'?t say|wouldn'?t say|never said|isn'?t that|it'?s not that|i'?m not calling)\b[^.?!]{0,25}$")

I_VIEW = re.compile(
    r"\b(?:i(?: (?:(?:just|really|honestly|genuinely|actually|still|do|kind of|sort of) )?|(?='))(?:see (?:this|it|things|that) (?:differently|another way|a bit differently)|(?:respectfully |honestly |kind of |slightly |partly )?disagree|"
    r"(?:(?:'d|had|would|'d have|would have) )?(?:feel|felt)(?! (?:you|u|ya)\b| like it\b)(?: like| that| as if| as though)? (?:i|my|we|it|this|that|the|our|you|when|because|(?<=like )\w+ing|a bit|really|pretty|quite|so|hurt|upset|overlooked|ignored|sidelined|dismissed|frustrated|worried|anxious|uneasy|uncomfortable|stuck|left out|undermined|unheard|annoyed|disappointed|blindsided|stressed|overwhelmed|sad|torn|conflicted|nervous|concerned|invisible|taken for granted)|"
    r"(?:am|'m) (?:(?:really|rather|quite|a bit|a little|so|very|pretty|genuinely|honestly|still|also|just) )?(?:worried|concerned|frustrated|uncomfortable|not comfortable|uneasy|anxious|upset|hurt|nervous|scared|afraid|frightened|struggling|not sure (?:i|that|we|this|it)|not convinced|torn|conflicted|disappointed|annoyed|confused|stuck|stressed)"
    r"(?:,? (?:though|too|also|still),?)?(?: (?:that|about|because|when|by|with|if|we|the|this|it|how|you|as|someone|somebody|something|they|he|she|for)|,? though(?=\W*$))|"
    r"(?:need|'d need|would need|want|'d like|would like|'d prefer|would prefer|'d rather|would rather) (?:us|you|to|a|some|more|us to|the|we|it|this|that(?!\W*$))|"
    r"(?:feel|see|think|view|look at|read) (?:it |this |that |things |them )?(?:a bit |slightly |quite |very )?differently|"
    r"(?:don'?t|do not) (?:agree|think (?:that|we|it|this|the)|want (?:to|us)|feel (?:comfortable|good|right|ok|okay)|see it that way)|"
    r"(?:have|'ve got) (?:a |some )?(?:concerns?|reservations?|worries|doubts)|"
    r"(?:think|believe|reckon) (?:we|it|this|the|that|there'?s|you|our|a delay|delaying|shipping|waiting|i'd|i would|i'll|i will)|"
    r"(?:was|got) (?:hurt|upset|frustrated|annoyed|disappointed|worried|caught off guard|blindsided|embarrassed)|"
    r"(?:noticed|'ve noticed|have noticed|care about|value|can'?t (?:agree|support|sign off))|"
    # A line one will not cross again, owned: "I won't do that again for a programme", 'I will not sign off on it'.
    r"(?:won'?t|will not|refuse to) (?:do (?:that|this|it) again|risk (?:it|that|this|anyone|people|my|our|lives)|sign (?:off|it|that|this)|put (?:anyone|people|my|our|lives|the crew)|go through (?:that|this|it) again|let (?:that|this|it) happen)|"
    r"(?:read|view|take|see) it (?:as|differently))|"
    r"my (?:concern|worry|view|take|fear|sense|read|perspective|position|preference|issue|hesitation|frustration|worry|point|gut|experience|understanding) (?:is|was|here|on this|has been)|"
    r"from my (?:side|perspective|point of view|end|seat|angle)|for me,? (?:the|it|this|that)|[\w']+,? for me,? (?:is|was|'s|are|means)\b|where i'?m coming from|"
    r"what (?:i need|i'?d like|worries me|bothers me|concerns me|i'?m (?:worried|hearing|seeing|feeling|struggling))|it (?:worries|bothers|concerns|upsets|frustrates|hurts) me|"
    r"(?:this|that|it) (?:made|makes) me (?:feel(?! (?:so |much |a lot |loads )?(?:better|good|great|happy|loved|seen|welcome|valued|lucky|proud|relieved)\b)|worried|anxious|uneasy|upset|think))\b"
)
STRONG_I = re.compile(
    r"\b(?:(?:where|how) i (?:\w+ )?(?:land|come out|stand|differ|see it) (?:differently|on this)?|where i differ|my (?:view|take|read) (?:differs|is different)|"
    r"i(?:'d| would) (?:push back|worry|be worried)|i worry|i(?:'m| am) (?:less |not )(?:sure|convinced|comfortable)|i(?:'m| am) not comfortable|"
    r"i (?:do |really |still |just )?(?:feel|felt) (?:a bit |quite |pretty |really |so )?(?:unfairly|overlooked|ignored|sidelined|dismissed|invisible|blamed|unheard|undermined|hurt|upset|frustrated)|"
    r"i (?:just )?found it (?:hard|difficult|tough)|i (?:think|guess) i(?: got| was|'?ve been| owe| should have| overreacted| went)|"
    r"i can'?t (?:let|accept|approve|sign|support|agree|go along)|what i'?d (?:like|prefer|need|want|suggest|ask for)\b|"
    r"when (?:you|your) [^,]{3,60}, i (?:feel|felt|get|can'?t|cannot|end up|was|am|'m)|(?:it'?s|this is|that'?s) (?:making|made) me|"
    r"i(?:'m| am) (?:(?:really|quite|a bit|a little|so|very|pretty|genuinely|honestly|just|still) )?(?:worried|nervous|scared|afraid|concerned|uneasy) (?:about (?:it|this|that)\b|that (?:we|you|it|this|the|they)\b)|"
    r"wreck\w* my|i(?:'m| am) (?:so |really |a bit )?(?:stressed|hurt|upset)\b|i(?:'m| am) (?:pushing|asking) because|"
    r"i'?m not saying\b.{0,80}\bi'?m (?:just |only )?saying\b|"
    # A fear owned as one's own: "I'm scared that if she goes, she'll think we've abandoned her."
    r"i(?:'m| am) (?:(?:really|so|just|honestly|genuinely|a bit|a little) )?(?:scared|frightened|terrified|afraid) (?:that |of what |of how )?(?!(?:i|we) (?:can'?t|won'?t|don'?t|have to|need to|must)\b)(?:if|she|he|they|we|it|you|this|the|i)\b|"
    r"i (?:felt|feel|was feeling|'ve felt|have felt) (?:(?:really|a bit|quite|pretty|so|very) )?(?:undervalued|unappreciated|disrespected|taken for granted|let down|left out|like a (?:problem|burden|spare part|fraud|failure|nuisance)) (?:when|because|by|that|about|after|in)\b)"
)
# One's own feeling, fear, difficulty or wish, owned (not a stance on the matter, so disclosure still counts it as
# personal): an I-statement when the conversation holds a difference or a worry.
OWN_FEELING = re.compile(
    r"\bi(?: (?:(?:just|really|honestly|genuinely|actually|still|do|kind of|sort of|always|also) )*)?(?:"
    r"(?:'ve|have|'ve always|have always|'ve been|have been|had) (?:feel|felt|feeling)|(?:feel|felt|was feeling)) (?:(?:really|a bit|quite|pretty|so|very|a little|kind of|sort of|honestly) )*"
    r"(?:undervalued|unappreciated|disrespected|let down|bad|guilty|awful|terrible|pressured|rushed|judged|excluded|lonely|used|trapped|squeezed|responsible|out of my depth|"
    r"hurt|upset|overlooked|ignored|sidelined|dismissed|frustrated|worried|anxious|uneasy|uncomfortable|stuck|left out|undermined|unheard|annoyed|disappointed|blindsided|stressed|overwhelmed|torn|"
    r"like (?:a|an) (?:problem|burden|spare part|fraud|failure|nuisance|outsider|afterthought|coward))\b|"
    r"\bi(?:'m| am) (?:(?:really|rather|quite|a bit|a little|so|very|pretty|genuinely|honestly|still|also|just) )?"
    r"(?:reluctant|hesitant|wary|not keen|gutted|guilty|exhausted|overwhelmed|sad|worried|scared|upset|hurt|frustrated|stressed|anxious|uneasy)\b(?:,? (?:though|tho|honestly|to be honest|tbh))?\W*$|"
    r"\bi(?:'m| am) (?:(?:really|rather|quite|a bit|a little|so|very|pretty|genuinely|honestly|still|also|just) )?(?:reluctant|hesitant|wary|not keen) (?:to|about|because)\b|"
    r"\bi (?:was|got) (?:(?:honestly|really|so|a bit|quite|pretty|genuinely|actually) )+(?:hurt|upset|frustrated|annoyed|disappointed|worried|gutted|scared|embarrassed)\b|"
    r"\bi (?:(?:really|just|honestly|genuinely|still|do) )?find (?:it|this|that|them|him|her|the [\w' -]{1,30}?|these [\w' -]{1,30}?|those [\w' -]{1,30}?) (?:(?:really|so|quite|a bit|pretty|genuinely|honestly|very) )?"
    r"(?:confusing|hard|difficult|frustrating|stressful|upsetting|unfair|exhausting|tough|overwhelming|annoying|worrying|awkward|draining|demoralising|demoralizing)\b|"
    r"\bi think (?:i(?:'m| am) (?:so |too |just |really )?[\w-]+ (?:after|because|when|that|since)|i (?:get|got|stop|tend|learned|learnt) |some of (?:my|this)|part of (?:me|my|this))|"
    r"\bi(?:'d| would) still (?:like|prefer|rather|want)\b(?! (?:that|it|this|to (?:come|join|see|meet|hear))\b)|\bwhat (?:i'?m asking|i ask|i want|i'?m after|scares me|frightens me)\b"
)
DIFFERENCE_CUE = re.compile(
    r"\b(?:but|however|though|although|whereas|disagree|differently|concern\w*|worr\w*|problem|issue|delay\w*|wrong|fair|unfair|credit|blame|upset|hurt|frustrat\w*|"
    r"annoy\w*|launch|deadline|not (?:ok|okay|sure|convinced|comfortable)|rather|prefer|instead|should|shouldn'?t|can'?t|won'?t|"
    r"need|late|missed|(?:'d|would|do|i) still (?:like|want|think|prefer|rather|believe|need)|even if|even though|even so|reluctant|on me|my fault|overlook\w*|ignor\w*|dismiss\w*|sidelin\w*|risk\w*|uncomfortable|felt|feel|cancel\w*|again|chores|rota|budget)\b"
)
ACKNOWLEDGE = re.compile(
    r"\b(?:i (?:can |do |totally |completely |really |fully |definitely )?(?:see|understand|get|appreciate|recognise|recognize|hear) (?:why|how|where you'?re coming from|where you are coming from|that you|your (?:point|concern|worry|frustration|side|perspective|reasoning|position)|the (?:concern|worry|risk|point|logic|reasoning)|what you mean|what you'?re saying|that (?:the|this|it|you)|the appeal)|"
    r"i (?:can )?imagine (?:why|how) (?:you|that|this|it)|"
    # Their side named outright: 'I can see the team wants the palette right', 'I know Nana matters a lot to you'.
    r"i (?:can |do |totally |completely |fully )?(?:see|understand|appreciate|get|know|realise|realize|accept) (?:that )?(?:the|your|they|he|she) (?:[\w'-]+ ){0,3}?(?:wants?|needs?|cares?|care about|matters?|(?:is|are|was|were|'s|'re) (?:worried|concerned|under|stretched|tight|important|stuck|struggling|scared|trying))\b|"
    r"(?:matters?|means? (?:a lot|so much|everything|the world)|(?:is|are) (?:really |so )?important) to you\b|i believe you(?=\W*$|,| that| when| about| on)|"
    r"you(?:'re| are|re) (?:just |only |really |genuinely )?trying to (?!(?:make me|get (?:at|back at) me|wind|score|control|guilt|catch me)\b)|"
    r"you(?:'ve| have) (?:clearly|obviously|really|properly) (?:thought (?:about|through|this)|done your homework|put (?:a lot of |real )?(?:thought|work|effort))|"
    r"you(?:'ve| have) (?:got )?a (?:good |fair |real |valid )?point|you'?re (?:right|not wrong)(?: (?:that|about|to|on|there|,))|you make a (?:good |fair )?point|"
    r"(?:that'?s|it'?s|that is) (?:a )?(?:fair|valid|reasonable|understandable|legit)(?: point| concern| worry| ask| question)? (?:to|that|given|about|since|because|-|,)|"
    r"(?:that|it) makes (?:total |complete |a lot of |perfect )?sense (?:that|why|you|given|to|since|because|,)|"
    r"(?:makes|made) sense (?:that|why|you)|no wonder you|it'?s (?:understandable|natural|fair|reasonable) (?:that|to|you)|"
    r"from your (?:side|perspective|point of view|end|seat|angle|position)|in your (?:shoes|position|place)|"
    r"your (?:concern|worry|point|view|frustration|perspective|reasoning|fear|position) (?:about|that|is|makes|here|on)|"
    r"(?:the|those|these) (?:test results|numbers|figures|data|risks?|bugs|failures|concerns?) (?:do |really |genuinely )?(?:look|are|seem|worry|matter|justify)|"
    r"(?:fair|good) point (?:about|on|that|re)|(?:i'?d|i would) (?:feel|be) (?:the same|worried|frustrated|upset|annoyed)|"
    r"you'?re worried (?:that|about)|you (?:want|need) (?:to|us to) .{3,40} because|you care (?:a lot )?about|"
    # Their reason, or the pressure they are under, stated for them: 'you picked it because you're there every week'.
    r"you (?:\w+ ){1,5}?because (?:you(?:'re| are| were| care| want| need| know| have|'ve)|(?:it|that)(?:'s| is) (?:what|where|how|closer|easier|safer))|"
    r"i (?:do |totally |completely |fully )?know (?:that )?(?:you(?:'re| are|'ve| have| had| were) (?:\w+ )?(?:short|under|stretched|swamped|snowed|up against|juggling|got|been|doing|trying)|(?:the|your) [\w ]{2,25}? (?:are|is|have|has been|'ve been) (?:on at|pushing|chasing|leaning on|breathing down) you))\b"
)
# Their point granted after it is stated: 'Three send-backs a week is a pain for your team, I get that.'
GRANTED_AFTER = re.compile(r",? (?:i (?:get|understand|know|see|appreciate|hear|accept|take) (?:that|it|this)|i do get that)(?=\W*$|\s+-\s)")
SARCASM = re.compile(r"\b(?:no,? but sure|sure,? whatever|yeah,? right|oh (?:sure|great)|whatever you say|if you say so|i'?m sure you do|good for you)\b")


WARM_CONTEXT = re.compile(r"\b(?:thank|thanks|appreciate|grateful|love (?:that|it|you|ya)|kind of you|so that'?s (?:only )?fair|(?:my|a) (?:best|dearest|oldest|good) (?:friend|mate|pal)|proud of you|admire)\b")


# 'Of course you do.' said to their plan or claim is sarcasm; said to their 'I'm gutted' it is comfort.
SARCASTIC_YOU = re.compile(r"^(?:oh,? |well,? |yeah,? )?(?:of course|naturally|sure|obviously|right) you (?:do|did|would|are|were|have|can|will|'d)\W*$")


def attack_sentence(text: str, partner: str | None = None) -> str | None:
    """A sentence that blames or judges the other person (not a warm 'you always')."""
    sents = sentences(text)
    if partner and SARCASTIC_YOU.match(sents[0] if sents else ""):
        from .disclosure import partner_depth

        if partner_depth(partner) < 2 and not WARM_CONTEXT.search(" ".join(sents[:2])):
            return sents[0]
    for i, s in enumerate(sents):
        m = ATTACK.search(s)
        if not m or WARM_YOU.search(s) or WARM_CONTEXT.search(" ".join(sents[i : i + 2])) or re.search(r"\bnot (?:your|ur) (?:fault|problem)", s):
            continue
        if NEGATED.search(s[: m.start()]):
            continue
        if m.start() and s[m.start() - 1] in "'\"" and re.search(r"['\"]", s[m.end():]):
            continue  # the words quoted, not said: "sorry for the 'you never' thing"
        return s
    return None


# Worry about how one comes across in this talk ('I was worried it would sound like whining', 'I felt like I was
# ranting'): a check on the conversation, not a view on the matter.
SELF_PRESENTATION = re.compile(
    r"\b(?:(?:come|came|coming) across|sound|sounded|sounding|seem|seemed) (?:like|as if|as though|as|too|a bit|really|so|rude|pushy|harsh|whiny|ungrateful|(?:i|i'?m|i am) )|"
    r"\b(?:felt|feel) (?:like|as if) i (?:was|'m|am|had|'d) (?:just |a bit |really )?(?:ranting|rambling|going on|lecturing|preaching|talking too much|interrogating|grilling|whining|moaning|complaining)"
)
# The conversation holds a point of difference or a worry: what makes an 'I feel bad' an I-statement.
AT_ODDS = re.compile(
    r"\b(?:disagree|not fair|unfair|that'?s not|not (?:ok|okay|on|right|true|helpful)|you'?re not (?:hearing|listening)|you never|you always|upset|hurt|angry|annoyed|frustrat\w*|"
    r"disappoint\w*|worried|concern\w*|problem|issue|complain\w*|can'?t keep|fed up|sick of|tired of|enough|rather not|don'?t (?:think|agree|want)|why (?:didn'?t|did|would|are|do) you|blame|fault)\b"
)


SELF_CUES = frozenset({"need"})


def i_statement_sentence(text: str, partner: str | None, history: tuple[str, ...] = ()) -> str | None:
    """A sentence owning one's own view or feeling about a point of difference or concern."""
    context = (partner or "").lower()
    odds: list[bool] = []

    def at_odds() -> bool:
        if not odds:
            odds.append(bool(AT_ODDS.search(" ".join(h.lower() for h in history[-4:]))))
        return odds[0]

    for s in sentences(text):
        if s.endswith("?") and not re.match(r"^(?:i|my|from my)\b", s) or SELF_PRESENTATION.search(s):
            continue
        view = I_VIEW.search(s) or OWN_FEELING.search(s)
        # The cue of a difference outside the words that own the view: 'I need the docs' is no difference by its 'need'.
        cue = view and any(not (view.start() <= c.start() < view.end() and c.group(0) in SELF_CUES) for c in DIFFERENCE_CUE.finditer(s))
        if STRONG_I.search(s) or view and (cue or DIFFERENCE_CUE.search(context) or at_odds()):
            return s
    return None


CONCEDE = re.compile(
    r"\b(?:you(?:'re| are|re|'ve been| were| may (?:well )?be| might (?:well )?be|'d be) (?:so |totally |absolutely |completely |quite |partly )?right\b|"
    r"you(?:'ve| have)? (?:got )?a (?:good |fair |real |valid )?point|(?:fair|good) point\b|^(?:(?:ha|oh|ok|okay|yeah|right|hmm|no|yes)[,!.\s]+)*fair(?:,|\s+-)(?! enough)|,\s*fair\.|that'?s (?:fair|reasonable|understandable|valid)\b|"
    r"(?:that|it) (?:rings|sounds) true|makes (?:total |complete |a lot of |perfect )?sense|is exactly it|that'?s exactly it|(?:that'?s|it'?s) not nothing|"
    r"i (?:actually |totally |do )?buy (?:that|it|the|this)|the [\w' -]{2,30} (?:thing|point|bit) i (?:actually |totally |do )?(?:buy|get|agree with)|"
    r"i know (?:it'?s|this is|that'?s|it was|that was) not (?:your|ur) (?:\w+ )?(?:fault|call|decision|doing|choice|idea|problem|policy|rule|plan|responsibility|department|remit)|(?:that'?s|it'?s|that is) (?:a )?(?:fair|valid|reasonable|good|legit) (?:\w+ ){0,2}(?:to ask|question|point|concern|ask|worry)|"
    r"(?:that|which) (?:matters|is what matters)|"
    # Their charge granted: 'fair cop, the shaker is gross', 'guilty as charged', 'point taken', "can't argue with that".
    r"fair cop|guilty as charged|point taken|i stand corrected|you(?:'ve| have)? got me there|can'?t argue with (?:that|you)|you(?:'re| are) not wrong|"
    # Their fact granted: 'Yeah, we did agree that.'
    r"^(?:(?:yeah|yes|ok|okay|right|true|fair)[,.!\s]+)+we (?:did|do|have) (?:agree|say|decide|promise|talk about|discuss|settle)\w*)"
)
YOU_RESTATE = re.compile(r"^(?:(?:so|and|ok|okay|whoa|sorry|right|no|yes|sounds like)[,.!\s]+)*(?:(?:it'?s )?less (?:about )?.{2,60} (?:and )?more|you(?:'re|re| are|'ve| have| did| do| want| watched| care| need| feel| were| asked| said| mean| meant| think| thought| know| knew| just)\b|it'?s you\b|for you\b)")
CONFLICT = re.compile(
    r"\b(?:disagree|don'?t (?:think|agree|buy)|not fair|unfair|that'?s not|can'?t support|push back|i'?m not (?:being|asking|competing|angry)|it'?s not about|"
    r"(?:see|land) (?:it|this) differently|i'?m serious|fed up|annoyed|angry|stung|we need to talk|blame|credit|not (?:hearing|listening)|not helpful|not the enemy|not true)\b"
)


def acknowledgment_sentence(text: str, partner: str | None = None, history: tuple[str, ...] | None = None) -> str | None:
    """A sentence that states or validates the other person's view, with some content.

    A concession ("you're right", "fair point") counts when the turn gives it content; a
    restatement of their position counts when the two are at odds about something.
    """
    sents = sentences(text)
    contextual = history is not None  # called on a turn in its conversation, not on a lone sentence
    history = history or ()

    def at_odds() -> bool:
        return any(CONFLICT.search(h.lower()) or AT_ODDS.search(h.lower()) for h in (*history[-4:], partner or ""))

    for i, s in enumerate(sents):
        if SARCASM.search(s) or s.endswith("?"):
            continue
        m = ACKNOWLEDGE.search(s)
        if not m:
            g = GRANTED_AFTER.search(s)
            m = g if g and len(s[: g.start()].split()) >= 4 else None
        # Their worry or reason said back to them is a reflection unless the two of them are at odds.
        restated = m and re.match(r"you'?re worried|you care|your (?:concern|worry|fear|frustration|point|view|perspective|reasoning|position)\b", m.group(0)) and contextual and not at_odds()
        if m and len(s.split()) >= 5 and not ATTACK.search(s) and not restated:  # 'you did it because you're lazy' states no view of theirs
            return s
        c = CONCEDE.search(s)
        if c and (len(s.split()) >= 5 or partner and overlap(s[: c.start()], partner)  # 'Guilty is exactly it.': their word, granted
                  or len(sents) > i + 1 and re.search(r"\b(?:you|your|youre|ur)\b", sents[i + 1])  # 'You're right. I made it about me and not you.'
                  or c.start() < 12 and len(s.split()) >= 3 and content_stems(s[c.end():])):  # 'fair, it's big.'
            return s
    if partner and any(CONFLICT.search(h.lower()) for h in (*history[-6:], partner)):
        for s in sents:
            # Emphatic 'you do' grants their claim in their own words: 'You do ring her every day.'
            emphatic = re.match(r"^(?:(?:no|yeah|yes|ok|okay|true)[,.!\s]+)*you (?:do|did|really do|genuinely do) (?!not\b|nothing\b)", s)
            need = 1 if emphatic else 2
            if (YOU_RESTATE.search(s) or re.search(r"\b(?:is|are) (?:very |so |totally )?real\b", s)) and len(overlap(s, partner) | overlap(s, " ".join(history[-3:]))) >= need and not s.endswith("?") and not ATTACK.search(s):
                return s
    return None
