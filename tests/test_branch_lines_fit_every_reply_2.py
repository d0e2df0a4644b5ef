"""More client lines reached by a branch that must fit every reply that can reach it (issue 10).

A branch is chosen by how the response scored (strong, mixed, weak, otherwise, or a move), never
by what it said. A line written after one exemplar ("Two years. Grand.", "That's one vote", "So
I'm the weird one", "how did your mom take it?") answers something many replies reaching the same
branch never said. Each case below is a fresh reply that reaches the branch without saying what
the old line took up; the client's line (and cue) must not presume it. The expected next beat is
asserted too, so a change in routing shows up here instead of the case passing by reaching
another branch. The first file of these cases is test_branch_lines_fit_every_reply.py.
"""

from __future__ import annotations

import re

import pytest

# The same routing and case shape as the first file.
from test_branch_lines_fit_every_reply import Case, assert_line_fits, step_after

CASES = {
    # A warm decline of the run of questions: no facts swapped, no number of years given.
    "no-facts-swapped": Case(
        "recovery-are-you-in-recovery",
        "checking-you-out",
        "I'd rather keep the focus on you, if that's okay. What's on your mind today?",
        "sunday",
        r"\btwo years\b|\bswapping facts\b",
    ),
    # A weak, chatty disclosure with no struggle in it.
    "no-struggle-told": Case(
        "you-saved-my-life",
        "saved",
        # (not "I know exactly how you feel" first: an answer to the praise, the immediacy branch)
        "Ha, I say the same thing about my hairdresser every month, she's a miracle worker!",
        "turned-round",
        r"\bnever show it\b|\btough year\b",
    ),
    # An over-long answer about the trainee's children: no fertility story to turn out.
    "no-fertility-story": Case(
        "infertility-do-you-have-children",
        "do-you-have-kids",
        "Yes, I've got three, they're 4, 7 and 10, and honestly they drive me mad, my youngest "
        "was up all night again last night.",
        "your-story",
        r"\bturn(?:ed)? out\b|\bwork(?:ed)? out in the end\b",
    ),
    # More story at your-story that did not end in a child.
    "no-happy-ending": Case(
        "infertility-do-you-have-children",
        "your-story",
        "It didn't, in the end. We never had children, and we've made our peace with it.",
        "grape",
        r"\bthere's hope\b",
    ),
    # A weak disclosure about a brother, not the trainee coming out to a mother.
    "no-mom-in-it": Case(
        "coming-out-are-you-gay",
        "are-you-gay",
        "I'm straight, but honestly my brother is gay and when he came out my parents kicked him "
        "out, so be careful, maybe don't tell her at Thanksgiving.",
        "your-mom",
        r"\byour mom\b",
    ),
    # More story at your-mom with no time span in it.
    "no-years-given": Case(
        "coming-out-are-you-gay",
        "your-mom",
        "My parents never found out, actually, I never told them.",
        "candle",
        r"\byears\b",
    ),
    # A warm decline at your-mom that asks nothing about hard news.
    "hard-news-not-asked": Case(
        "coming-out-are-you-gay",
        "your-mom",
        "I'd rather not go further into my story; it's yours that matters here.",
        "candle",
        r"\bhard news\b",
    ),
    # Caring for a relative told as a privilege: nothing to be sorry about.
    "nothing-sad-told": Case(
        "dementia-carer-nobody-gets-it",
        "nobody-gets-it",
        "Yes, I looked after my gran for years and honestly it was a privilege, I loved every "
        "minute and I'd do it again tomorrow.",
        "caretaking",
        r"\bsorry to hear\b",
    ),
    # A disclosure at caretaking that asks about no process and reports nothing hard.
    "no-process-asked": Case(
        "dementia-carer-nobody-gets-it",
        "caretaking",
        "Ha, I'm fine, my family is all healthy, touch wood.",
        "three-am",
        r"\bthat's tough\b|\bthe process\b",
    ),
    # A disclosure at three-am that tells no lapse of the trainee's own.
    "no-lapse-told": Case(
        "dementia-carer-nobody-gets-it",
        "three-am",
        "I've never been a carer myself, so I can't imagine how exhausting those nights are.",
        "promise",
        r"\beveryone does it\b",
    ),
    # A disclosure at promise that casts no vote.
    "no-vote-given": Case(
        "dementia-carer-nobody-gets-it",
        "promise",
        "My mum's only sixty, I haven't had to think about it yet.",
        "only-place",
        r"\bone vote\b",
    ),
    # A decline at promise that asks nothing about what she was asking of him.
    "meaning-not-asked": Case(
        "dementia-carer-nobody-gets-it",
        "promise",
        "That's not something I can answer for you.",
        "only-place",
        r"^\.\.\.To be the son who stays, I think\b",
    ),
    # A disclosure that says nothing about accepting the follow.
    "follow-not-accepted": Case(
        "follow-request-on-instagram",
        "follow-request",
        "Ha, I'm barely on Instagram to be honest, I only post once a year.",
        "partner-question",
        r"\breally\? I love that\b",
    ),
    # No partner, no figured-out life to want.
    "no-partner-told": Case(
        "follow-request-on-instagram",
        "partner-question",
        "I'm single, actually, that was my brother.",
        "contact-after",
        r"\bthat's what I want\b",
    ),
    # A 'no, I didn't cry either' at did-you-cry: she is not the odd one out.
    "did-not-cry-either": Case(
        "grief-have-you-lost-a-parent",
        "did-you-cry",
        "No, actually, I didn't cry for ages either.",
        "relief",
        r"\bweird one\b",
    ),
    # A warm decline at asks, plainly for her.
    "warm-decline": Case(
        "grief-have-you-lost-a-parent",
        "asks",
        "I'd rather keep this hour about you, if that's okay. It sounds like you're worried I "
        "won't understand.",
        "not-crying",
        r"\btherapist rules\b",
    ),
    # A warm turn to what her question means, read as immediacy alone: no rule recited.
    "warm-not-a-rule": Case(
        "grief-have-you-lost-a-parent",
        "asks",
        "That matters to you, whether I can really get this, and I'd like to earn that by "
        "listening rather than telling you about me. What would tell you I get it?",
        "not-crying",
        r"\btherapist rules\b",
    ),
    # Normalising at not-crying without asking what she feels instead.
    "instead-not-asked": Case(
        "grief-have-you-lost-a-parent",
        "not-crying",
        "There's no right way to grieve. Lots of people don't cry for a long time.",
        "relief",
        r"^Instead\?",
    ),
    # A strong agreement that never mentions cancellations or notice.
    "notice-not-mentioned": Case(
        "first-session-agreement",
        "how-does-this-work",
        "We meet every week for fifty minutes, and that time is yours. I'll listen and help you "
        "make sense of things, and what you tell me stays between us, apart from a couple of "
        "limits. What would you like to ask first?",
        "rota",
        r"First question: forty-eight hours|^Right\. Forty-eight hours",
    ),
    # No terms at all: the otherwise branch.
    "no-terms-given": Case(
        "first-session-agreement",
        "how-does-this-work",
        "Great, go for it, what's your first question?",
        "rota",
        r"First question: forty-eight hours|^Right\. Forty-eight hours",
    ),
    # Reassurance at worried-about-you: nothing left to sort out.
    "nothing-to-sort": Case(
        "recovery-are-you-in-recovery",
        "worried-about-you",
        "I'm well looked after, honestly, I've got a sponsor and my own supervisor. Now, back to "
        "you.",
        "checking-you-out",
        r"\bsort that out\b",
    ),
    # A disclosure at grape with no loss in it.
    "no-loss-told": Case(
        "infertility-do-you-have-children",
        "grape",
        "I've got three kids myself, so I can only imagine how hard that must have been.",
        "pity",
        r"\bI'm sorry\b",
    ),
    # A mixed answer at pity that never called her brave.
    "brave-not-said": Case(
        "infertility-do-you-have-children",
        "pity",
        "No, I'm not pitying you. I feel for you, that's different.",
        "shower",
        r"\bbrave\b",
    ),
    # Advice at shower without disclosure: nobody asked about the hardest minute.
    "hardest-minute-not-asked": Case(
        "infertility-do-you-have-children",
        "shower",
        "Maybe give yourself permission to go for an hour and leave early?",
        "end",
        r"\bhardest minute\b",
    ),
    # A disclosure at shower with no exit plan in it.
    "no-exit-plan": Case(
        "infertility-do-you-have-children",
        "shower",
        "Honestly I hate baby showers too, I always go along and smile.",
        "end",
        r"\bexit plan\b",
    ),
    # A question at candle, not a reflection she can agree with.
    "nothing-to-agree-with": Case(
        "coming-out-are-you-gay",
        "candle",
        "What's your sense of how she'll take it?",
        "disappointed",
        r"\bYeah\. That\.",
    ),
    # A brisk non-repair at mortified that never mentioned privacy.
    "privacy-not-mentioned": Case(
        "follow-request-on-instagram",
        "mortified",
        "It's fine, don't worry about it, let's move on.",
        "ending-fear",
        r"\bprivacy\b",
    ),
    # An accusation at ending-fear, not a gush of missing her.
    "accusation-not-a-gush": Case(
        "follow-request-on-instagram",
        "ending-fear",
        "I notice you're trying to make me feel guilty about ending.",
        "contact-after",
        r"\bmake me cry\b|\bbeaming\b",
    ),
    # A mixed answer at ending-fear that did not say 'all my clients'.
    "all-clients-not-said": Case(
        "follow-request-on-instagram",
        "ending-fear",
        "Yes, sometimes I do feel sad when clients finish.",
        "contact-after",
        r"\ball your clients\b",
    ),
    # Confidentiality explained: nothing says the trainee eats in her hospital's canteen.
    "no-shared-canteen": Case(
        "first-session-agreement",
        "confidentiality",
        "Nothing you say about struggling goes to your work. The only limit is if I thought you "
        "or a patient were at serious risk, and I'd talk to you first.",
        "outside",
        r"\bcanteen\b",
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=list(CASES))
def test_the_client_line_reached_does_not_presume_what_the_reply_did_not_say(case: Case) -> None:
    assert_line_fits(case)


def test_a_warm_and_a_rule_bound_no_are_met_differently_at_grief_asks() -> None:
    """Her reaction to a non-answer depends on whether it was for her or a rule recited at her."""
    warm = step_after(
        "grief-have-you-lost-a-parent",
        "asks",
        "I'm going to keep my own story out of it, because this is your time, but I'm listening.",
    )
    cold = step_after(
        "grief-have-you-lost-a-parent", "asks", "I don't share personal information with clients."
    )
    assert warm.next_beat == cold.next_beat == "not-crying"
    assert not re.search(r"\btherapist rules\b", warm.line, re.I), warm.line
    assert re.search(r"\btherapist rules\b", cold.line, re.I), cold.line
