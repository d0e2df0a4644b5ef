"""The trainee owning their part in a strain: "I got that wrong", "that's on me", "I let you down"
(Safran, Muran & Eubanks-Carter 2011). Split from lexicon/relationship.py, which had passed 400
lines.
"""

from __future__ import annotations

from roleplay.offline.text import any_of

# The trainee named as the one doing it, over the sessions: "I've been the one with the pen", "I
# was the one who brought up your dad", "I did it again" (qa4, this-isnt-working/red-pen: read as
# nothing).
THE_ONE_DOING_IT = (
    r"\bi(?:'ve| have|ve) been the one (?:with the|holding the|doing (?:the|all the|most of the)|"
    r"asking|marking|pushing|writing|watching|checking|looking at|talking|leading|steering|"
    r"interrupting|rushing)\b",
    r"\bi(?: was| am|'m|m) the one (?:who|that) (?:said|suggested|brought|pushed|asked|raised|"
    r"mentioned|promised|cancelled|forgot|interrupted|rushed|looked|checked|kept|missed|"
    r"labelled|labeled|diagnosed|judged|broke|let|got)\b",
    r"\bi did (?:it|that|the same thing) (?:again|anyway|all the same)\b",
)
OWNS_PART = any_of(
    r"\bi (?:may|might) have (?:\w+ ){0,2}(?:missed|rushed|pushed|misread|misunderstood|got|gotten|"
    r"hurt|come across|said|moved|jumped|brushed)\b",
    r"\bi think i (?:missed|rushed|pushed|got it "
    r"wrong|misread|misunderstood|moved too fast|jumped)\b",
    r"\bi(?:'m| am) sorry (?:that )?i\b",
    r"\byou(?:'re| are) right(?:,| that| -)\b",
    r"\bthat (?:was|wasn't) (?:on me|fair of me)\b",
    r"\bi (?:got that|got it) wrong\b",
    # "I can see how that came across" owns it; "I can see why that'd be easier" only validates
    r"\bi can see (?:how|why) (?:that|what i \w+) (?:might have |may have )?(?:came across|"
    r"come across|landed|felt|hurt|upset|stung|sounded|annoyed|frustrated|was (?:hard|painful|"
    r"upsetting|frustrating))\b",
    r"\bi(?:'d| would) like to (?:do better|get it right|understand what happened)\b",
    r"\b(?:that's|that is|it's|it is) on me\b",
    r"\bi got (?:that|it) wrong\b",
    r"\bthe way i (?:said|put|phrased|asked)\b",
    # the one doing it, named (THE_ONE_DOING_IT, also relational_part.MY_PART)
    *THE_ONE_DOING_IT,
    r"\bi(?:'ve| have|ve)? (?:really |just )?(?:let|left) (?:you|u) down\b",
    r"\bi(?:'ve| have|ve)? (?:really )?(?:dropped the ball|messed (?:you|u) (?:about|around))\b",
)
