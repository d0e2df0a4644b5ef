"""The trainee's own part in what just happened between trainee and client, owned now: regret
for what they said or did, how they came across, the focus taken off the client, a lapse owned
("I've been the one with the pen", "I let you down by cancelling"), their conduct offered for
change. Safran & Muran (2000): the therapist's acknowledgement of their contribution; Hill et al.
(2014). Split from relational_words.py, which had passed 400 lines; relational.py reads it as the
"my_part" signal.
"""

from __future__ import annotations

from roleplay.offline.lexicon.owning import THE_ONE_DOING_IT
from roleplay.offline.text import any_of

# D. The trainee's own part in the interaction.
MY_PART = any_of(
    # regret about what the trainee just did with the client: "I shouldn't have done that"
    r"\bi (?:\w+ )?(?:shouldn't|should not) have (?:done|said) (?:all )?(?:that|this|it|so much)\b",
    r"\bi (?:\w+ )?(?:shouldn't|should not) have (?:brought|told you|shared|mentioned|gone into|"
    r"talked about) (?:my|all that|that|so much|any of)\b",
    # taking the focus off the client, owned: "I've pulled us off you", "I took us into it"
    r"\bi(?:'ve| have)? (?:already |just )?(?:took|taken|pulled|dragged|led) (?:us|you|the focus|"
    r"the conversation|the session) (?:off|away|into|onto|over)\b",
    r"\bmy (?:stuff|story|baggage|thing),? not (?:yours|you)\b",
    r"\bi(?:'ve| have)? (?:came|come) across\b",
    r"\bi got (?:ahead|it wrong|that wrong)\b",
    r"\bdid i (?:upset|hurt|offend|annoy|lose|bore|rush|push|say|miss)\b",
    r"\bsaid something (?:wrong|hurtful|clumsy|off)\b",
    r"\bi (?:should|shd|shld)(?: have|'ve|ve) (?:talked|asked|"
    r"told|checked)\b",
    r"\bi(?:'ve| have) (?:brought up|raised|mentioned|asked about)\b",
    r"\bi (?:didn't|did not) (?:really )?(?:hear|listen|get it|understand|mean)\b",
    r"\bi(?:'ve| have) (?:just )?made it (?:harder|worse|difficult)\b",
    r"\bi(?:'ve| have) been (?:pushing|talking (?:a lot|too much|over))\b",
    r"\bi(?:'ve| have) been doing (?:most of |all of )?(?:the|all the) (?:talking|work)\b",
    r"\bthe way i (?:said|put|phrased|asked|said it)\b",
    r"\bi (?:drift|pushed|push|rushed|"
    r"rush|missed|interrupted|moved too)\b",
    r"\b(?:when|since|after|as|before) i (?:said|asked|"
    r"ask|mention|mentioned|used|brought up|raised|suggested|named|pushed|interrupted|came in|"
    r"spoke|cancelled|was late|said it)\b(?<!as i said)(?<!as i mentioned)",
    # ("as I said, from my own experience..." is a way of speaking, not the trainee's part)
    r"\bas i (?:said|mentioned)\b(?!,| (?:before|earlier|above|previously)\b)",
    r"\bwhat i (?:just )?(?:said|asked|suggested)\b",
    r"\bwhat i just did\b",
    r"\bi(?:'m| am) (?:paid|the (?:counsel+or|therapist|professional))\b",
    r"\bi can't (?:really )?help you if\b",
    r"\bi(?:'m| am) doing all the work\b",
    r"\bi keep (?:reaching|trying|asking|bringing)\b",
    r"\bi (?:said|asked) (?:something|that)\b",
    r"\b(?:that|it) (?:was|is) on me\b",
    r"\bi(?:'ll| will) (?:watch|stop|try not) (?:that|to)\b",
    r"\bi (?:said|say) (?:it|that) (?:a lot|too much|again)\b",
    r"\bhow i(?:'m| am)? (?:coming|come|came) across\b",
    r"\bi was (?:running )?(?:late|behind)\b",
    r"\bi (?:get|got) it wrong\b",
    r"\bi (?:wasn't|was not|haven't been|have not been) (?:really |fully )?(?:here|present|"
    r"listening|with you)\b",
    r"\b(?:it|that) came across\b",
    r"\bi (?:only |just )?meant (?:it|that)\b",
    r"\bi (?:went|go|moved) too (?:far|fast)\b",
    r"\bi said (?:more|too much)\b",
    # the trainee's conduct in the room offered for change: "I could put the pad away"
    r"\b(?:i|i'll|i will|i could|i can) (?:stop writing|put (?:the|my|them|it) (?:(?:pad|notepad|"
    r"notebook|notes|pen|clipboard|phone) )?(?:away|down))\b",
    r"\bwhat i (?:write|wrote|(?:am|'m) writing|put in my notes)\b",
    r"\bi(?:'ve| have|ve) (?:done|made) (?:the same thing|it|that|this|the same mistake) "
    r"(?:again|twice|two times|three times)\b",
    r"\bi (?:gave|told) (?:you )?(?:more|too much)\b",
    r"\bi(?:'ve| have)? (?:just )?(?:let|made) (?:us|you|that|this)\b.{0,30}\b(?:slide|slip|"
    r"drift|happen|the one)\b",
    r"\bshould have known better\b",
    r"\bi(?:'ll| will) (?:\w+ )?(?:stay away|stop|avoid|be more careful)\b.{0,40}\b(?:from "
    r"now on|in future|again)\b",
    r"\bi keep (?:jumping|cutting|butting) in\b",
    r"\bjumping in\b",
    r"\b(?:that|it|this) landed (?:badly|wrong|hard|heavily)\b",
    r"\bi (?:may|might) have (?:\w+ ){0,2}(?:missed|misread|misunderstood|got)\b",
    r"\b(?:did i|what did i) get (?:it|that|something)? ?wrong\b",
    r"\bi (?:might|may) be missing\b",
    r"\bi(?:'m| am) getting (?:a bit |quite )?lost\b",
    r"\bi(?:'ve| have) been (?:doing|taking) (?:a lot of |most of |all of )?(?:the )?(?:talking|"
    r"work|steering|leading|driving)\b",
    # the trainee's way of working owned as part of the trouble: "I've been vaguer than you
    # need", "I've been too directive", "I've been quite rigid with the worksheets"
    # the trainee named as the one doing it over the sessions (lexicon/owning.py)
    *THE_ONE_DOING_IT,
    # the client asked to flag the trainee's misstep from now on: "would you tell me if I start
    # sounding like an infographic again?", "stop me if I'm pushing" (qa4,
    # complaint-about-last-session/what-now: read as nothing)
    r"\b(?:tell|let) me (?:know )?(?:if|when|whenever) i(?:'m| am)? (?:ever |start |get |begin )?"
    r"(?:start|push|pushing|rush|rushing|go(?:ing)? too|sound(?:ing)? like|come across|coming "
    r"across|do (?:it|that|this) again|say something)\b",
    r"\bstop me (?:if|when|whenever) i\b",
    # a let-down owned: "I let you down by cancelling", "I've let you down" (qa4, the immediacy
    # drill's im-i-cancelled: read as nothing)
    r"\bi(?:'ve| have|ve)? (?:really |just )?(?:let|left) (?:you|u) down\b",
    r"\bi(?:'ve| have|ve)? (?:really )?(?:dropped the ball|messed (?:you|u) (?:about|around))\b",
    r"\bi(?:'ve| have|ve) been (?:a bit |a little |quite |too |much |far |rather )?(?:vague|"
    r"unclear|directive|pushy|rigid|preachy|distracted|distant|\w+er than (?:you|u) "
    r"(?:need|want|wanted|needed|asked))\w*\b",
)
