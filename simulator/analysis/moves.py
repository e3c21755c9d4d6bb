"""Conversational moves: common ground, one-upping, dominating, advice, rushing, check-ins, next steps."""

from __future__ import annotations

import re

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
    r"(?:^|\b)(?:that'?s nothing|you think (?:that'?s|this is) (?:bad|hard|rough|tough|crazy|something)|wait (?:till|until) you hear|try (?:having|doing|being|running|managing|working|raising|living)|"
    r"at least you|you'?re lucky|lucky you|i had it (?:way |much |far )?worse|mine (?:was|is) (?:way |much |far |even )?(?:worse|bigger|longer|harder|more)|"
    r"(?:only|just) (?:\d+|one|two|three|four|five|six|a few|a couple)(?: \w+)?\?|pfft|pff|psh|amateur|rookie|beat that|top that|"
    r"you should (?:see|have seen|try) (?:mine|my|what i)|(?:even|way|much|far) (?:worse|bigger|crazier|harder|longer|more)|"
    r"i'?ve (?:done|run|had|seen|managed|led|written|built) (?:\w+ ){0,3}(?:twice|three times|ten|dozens|hundreds|way more|more than that)|"
    r"compared to (?:me|mine|what i)|that'?s cute|cute\.|small potatoes|child'?s play|welcome to my (?:world|life)|story of my life|tell me about it\b(?! more))"
)
ASKED_TO_EXPLAIN = re.compile(r"\b(?:tell me|explain|walk me through|talk me through|describe|go on|what happened|how does (?:it|that) work|say more|elaborate|what do you mean|fill me in)\b")
ADVICE = re.compile(
    r"(?:^|\b)(?:you (?:should|shouldn'?t|need to|needa|have to|gotta|'ve got to|must|ought to|might want to|may want to|could just|could always|could try|'d better|better)\b(?! (?:come|join|meet|see (?:the|our|this)|check out our|be proud|know that|have seen|totally come))|"
    r"have you (?:tried|considered|thought about|looked into|ever tried)|why (?:don'?t|not) you|why not just|what you (?:need|want|should do|gotta do|have to do) is|"
    r"my advice|(?:a|one) (?:tip|piece of advice)|if i were you|if i was you|were i you|in your (?:shoes|position),? i'?d|the (?:trick|key|secret|answer|solution|fix) (?:is|there is) (?:to|just|simply)|"
    r"(?:the )?best (?:thing|way|move) (?:you can do |to do |is )?(?:is|would be) (?:to|just)|(?:just|simply) (?:tell|ask|talk|ignore|stop|start|go|quit|leave|say|email|push|delegate|set|block|let|try|do|get|use|focus|make)\b|"
    r"^(?:try|make sure|don'?t (?:let|worry|take|be)|stop (?:worrying|stressing|overthinking)|focus on|remember to|consider|start (?:by|with)|get (?:yourself|a|some)|take (?:a|some|time)|download|read|use)\b|"
    r"it'?d be (?:better|smarter|wise) (?:to|if you)|(?:i'?d|i would) (?:just|definitely|honestly)? ?(?:recommend|suggest|go with|tell them|push back|ask for|quit|leave|move|start))"
)
ADVICE_REQUEST = re.compile(
    r"\b(?:what (?:should|would|do) (?:i|you) (?:do|say|suggest|recommend|think i should)|what would you do|any (?:advice|tips|ideas|suggestions|thoughts on how)|"
    r"(?:do|would) you (?:think|reckon) i should|should i|how (?:do|would|should|can) i|what do you suggest|what do you recommend|help me (?:figure|think|decide|work out)|"
    r"i(?:'d| would) (?:love|welcome|appreciate) (?:your|some|any) (?:advice|input|thoughts|ideas|suggestions)|i don'?t know what to do|advice)\b"
)
RUSH = re.compile(
    r"\b(?:introduce me|intro (?:me )?to|an intro|put me in touch|connect me (?:with|to)|get me (?:in|a meeting|an interview|a job|in front)|refer me|referral|"
    r"are you (?:guys |folks )?hiring|(?:any|your) (?:job )?(?:openings|vacancies|roles open|positions open)|looking for (?:a job|work|a role|an opportunity|opportunities)|"
    r"my (?:cv|resume|résumé|portfolio|linkedin|card|pitch|startup|product|app|company|service|agency)|(?:our|my) (?:product|platform|solution|service|tool|offering|app|startup) (?:is|does|can|helps|will)|"
    r"let me tell you (?:about|what) (?:our|my|we)|quick pitch|elevator pitch|(?:skip|cut) (?:the )?(?:small talk|pleasantries|chit-?chat|chat)|cut to the chase|get (?:straight )?(?:to the point|down to business)|"
    r"bottom line|i'?ll be (?:quick|brief)|(?:the|my) (?:reason|real reason) i (?:came over|came|wanted to (?:talk|chat|catch you))|"
    r"(?:could|can|would) you (?:introduce|intro|refer|recommend me|hire|forward my|pass (?:along|on) my|give me (?:a job|an intro|\d+ minutes)|sponsor|invest|buy)|"
    r"(?:book|schedule|set up) a (?:demo|sales call|call to discuss (?:our|my))|sign (?:you )?up|(?:we|i) (?:sell|offer|provide|specialise|specialize)\b|"
    r"let'?s (?:get (?:to|into) (?:it|business|the (?:agenda|numbers|point))|just (?:get|jump|dive) (?:to|into|straight)|talk (?:business|numbers)|not waste time)|"
    r"(?:first|so|ok|okay),? (?:the )?agenda|(?:straight|right) (?:to|into) (?:it|business|the (?:point|agenda|numbers))|no time for (?:small talk|chit-?chat)|"
    r"what can you do for me|how can you help me|who (?:should|do) i (?:talk|speak) to (?:about|for) (?:a job|getting|funding)|invest(?:ors?|ment)? in (?:my|our))\b"
)
CHECK_IN = re.compile(
    r"\b(?:is (?:this|that|it) (?:ok|okay|alright|all right|fine|a good time|too much|too personal|useful|helpful|weird|fair)(?: (?:to (?:ask|talk|share|bring up|discuss)|with you|for you))?|"
    r"is it (?:ok|okay|alright|all right) (?:if|to)|do you mind (?:if i|me asking|talking|sharing)|(?:would|do) you (?:rather|prefer) (?:not|we|i|to (?:talk|stop|move|leave|change))|"
    r"(?:how|what) (?:is|'s) (?:this|that|our (?:chat|conversation|talk)) (?:landing|going|feeling|sitting)(?: for you| with you)?|how does (?:this|that) (?:land|sit|feel) (?:with|for) you|"
    r"how (?:are|do) you feel(?:ing)? about (?:this|our|the|how) (?:conversation|chat|talk|meeting|discussion|one-?to-?one|1:1|catch-?up|so far|going)|"
    r"how (?:are|do) you feel(?:ing)? about (?:this|our) (?:so far|now)|am i (?:being )?(?:too|overstepping|prying|being pushy|coming on|making|pushing|rambling|talking too)|"
    r"(?:let|tell) me (?:know )?if i'?m (?:overstepping|prying|being|pushing|out of line|talking too)|(?:i )?don'?t want to (?:pry|push|overstep|pressure)|"
    r"feel free to (?:not|skip|tell me|say no|pass|change)|(?:no|zero) pressure|you don'?t have to (?:answer|talk|share|go into)|"
    r"do you want to (?:keep going|talk about (?:it|this)|continue|pause|stop|take a break|come back to)|(?:should|shall|can) we (?:pause|stop|keep going|continue|take a break|come back to (?:this|it)|park)|"
    r"how are we doing|are we (?:ok|okay|good|alright)|(?:is|are) you (?:ok|okay|alright|comfortable) (?:with|talking|sharing|if)|"
    r"does (?:this|that) (?:feel|seem|sound) (?:fair|ok|okay|right|reasonable|useful|helpful) (?:to you)?|(?:has|was) this (?:been )?(?:useful|helpful|ok|okay)|"
    r"(?:i'?ve|i have) (?:really )?enjoyed (?:our|this) (?:chat|conversation|talk)\W+(?:how about you|have you|what about you)|"
    r"what would (?:make|help) (?:this|today|this conversation|our chat) (?:more )?(?:useful|helpful|better|easier)|what do you need from (?:me|this conversation|today))"
)
DAY = r"(?:today|tonight|tomorrow|this (?:afternoon|evening|week|weekend|month|friday|monday)|next (?:week|month|monday|tuesday|wednesday|thursday|friday|time)|(?:on |by |before |this |next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day|by (?:eod|end of (?:day|week|the week|play)|the end of|noon|lunch)|end of (?:day|week|the week)|eod|cob|first thing|in (?:a|an|one|two|three|\d+) (?:days?|weeks?|hours?)|at \d|\d(?::\d\d)?\s?(?:am|pm)|the \d+(?:st|nd|rd|th)|after (?:lunch|the|standup|stand-up)|this time next|every (?:week|monday|tuesday|wednesday|thursday|friday|other)|weekly|fortnightly|before (?:the|our|launch|release))"
NEXT_STEP = re.compile(
    r"\b(?:i'?ll|i will|i'm going to|i am going to|i can|let me|we'?ll|we will|let'?s|shall we|can we|could we|how about we|why don'?t we|happy to)\s+"
    r"(?:\w+\s+){0,3}?(?:send|email|forward|share|introduce|intro|connect|follow up|set up|book|schedule|put|add|block|bring|draft|write|call|ring|text|message|meet|grab|get|check in|check back|catch up|review|go through|sit down|pair|circle back|loop|talk|look|ping|dm|drop|pass|make|do|try|come back|revisit|update)\b"
)
NEXT_STEP_DAY = re.compile(DAY)
CALLBACK = re.compile(
    r"\b(?:(?:great|good|lovely|nice|so good|a pleasure) (?:meeting|to meet|chatting|talking|speaking|to chat|to talk|to speak|catching up|seeing)(?: (?:with )?you)? (?:at|yesterday|last|on|the other|earlier|this morning|tonight|today)|"
    r"(?:when|since) we (?:met|spoke|talked|chatted)|after (?:our|we) (?:chat|talk|conversation|spoke|met)|(?:our|the) (?:chat|talk|conversation) (?:at|yesterday|last|on)|"
    r"as promised|following up (?:on|from|after)|just following up|you mentioned|you said (?:you|your|that)|you were telling me|remember (?:you|when you)|"
    r"here'?s (?:the|that) (?:link|article|book|paper|podcast|intro|contact|email)|hope (?:the|your) [\w\s-]{2,30} (?:went|goes|is going|was)|how did (?:the|your) [\w\s-]{2,30} go)\b"
)
VAGUE_LATER = re.compile(r"\b(?:sometime|some time|at some point|one day|keep in touch|stay in touch|let'?s (?:catch up|grab (?:a )?(?:coffee|drink|lunch)) (?:soon|sometime)|we should (?:grab|get|do) .* (?:sometime|soon))\b")


def common_ground_sentence(text: str, partner: str | None) -> str | None:
    """A specific shared experience or circumstance the learner names."""
    for s in sentences(text):
        if not COMMON.search(s):
            continue
        specific = len(content_stems(s)) >= 2 or (partner and overlap(s, partner))
        if specific and not re.fullmatch(r"\W*(?:same|same here|me too|totally|yeah same)\W*", s):
            return s
    return None


def one_up_sentence(text: str, partner: str | None) -> str | None:
    if not partner:
        return None
    for s in sentences(text):
        if ONE_UP.search(s):
            return s
    return None


def is_dominating(text: str, partner: str | None, talk_share: float) -> bool:
    """A long turn that holds the floor, unless the partner asked for an explanation."""
    n = word_count(text)
    asked = bool(partner and ASKED_TO_EXPLAIN.search(partner.lower()))
    partner_words = word_count(partner) if partner else 0
    if n >= (150 if asked else 80):
        return True
    return not asked and n >= 55 and partner_words > 0 and n >= 4 * partner_words and talk_share > 0.6


def advice_sentence(text: str, partner: str | None) -> str | None:
    """Telling them what to do, when they did not ask."""
    if partner and ADVICE_REQUEST.search(partner.lower()):
        return None
    for s in sentences(text):
        if s.endswith("?") and not re.search(r"have you (?:tried|considered|thought about|looked into)|why don'?t you|why not just", s):
            continue
        if ADVICE.search(s) and not re.search(r"\b(?:we should|let'?s|we could|should we)\b", s):
            return s
    return None


def rush_sentence(text: str) -> str | None:
    for s in sentences(text):
        if RUSH.search(s):
            return s
    return None


def check_in_sentence(text: str) -> str | None:
    for s in sentences(text):
        if CHECK_IN.search(s):
            return s
    return None


def follow_through_sentence(text: str) -> str | None:
    """A specific next step (what + who/when), or a later message calling back to them."""
    for s in sentences(text):
        if VAGUE_LATER.search(s) and not NEXT_STEP_DAY.search(s):
            continue
        if NEXT_STEP.search(s) and NEXT_STEP_DAY.search(s):
            return s
        if re.search(r"\b(?:i'?ll|i will|i'?m going to)\s+(?:\w+\s+){0,2}?(?:send|email|forward|introduce|intro|connect)\b.{0,40}\b(?:you|him|her|them|the|my|your|a|that)\b", s):
            return s
    sents = sentences(text)
    callbacks = [s for s in sents if CALLBACK.search(s)]
    if callbacks and (len(sents) >= 2 or len(callbacks[0].split()) >= 8):
        meeting = re.search(r"\b(?:met|meeting|meet|chat|spoke|talk|conversation|promised|following up|link|article|hope (?:the|your)|how did)\b", " ".join(sents))
        if meeting:
            return callbacks[0]
    return None
