"""Immediacy, third round: strong replies in the training corpus (labelled immediacy 3-5) in which
the reader found no relationship words, so the used head could not say used on fresh text of the
same kind (train CV, `scripts/fit_judge.py --errors immediacy`). Each class is tested on fresh
examples written for this file, with a near miss.

23. The trainee's promise or decision owned: "I said I would and I didn't" (label 4), "I moved
    our day without really asking you" (label 5), "that was me making it about my work" (label 4),
    "I've probably done some of the nodding" (label 4).
24. How the trainee's words landed, and what the client braces for from them: "It sounds like
    sympathy from me lands badly" (label 4), "'choose' landed as blame" (labels 4-5), "You're
    braced for me to tell you off" (label 4).
25. Hurried typing: "weve gone quiet again" (label 4), "i shd have told u" (label 4), and "i
    shouldve checked if they actually fit u" (the development probe set, label 4).
26. The other way: what was noticed in the room read at once as a practical matter ("I notice
    you've kept your coat on. Are you cold? I can turn the heating up.", "I notice you looked at
    the clock. We've plenty of time.", "I notice you've got your keys out. Drive safely.") was
    read as immediacy 3-4, once with every mark of level 5; the corpus labels all of them not in
    play, as the rubric's "I notice the time" is.
    "I notice the time" and "we've got ten minutes left" count as such a reading. (Closing the
    gate on them where nothing else was read, 24 training lines all labelled not in play, was
    tried and left out: the used head, trained without those rows, grew more lenient on other
    "I notice" lines, and train CV immediacy used fell .9131 -> .9120.)
27. "I go quiet when I'm upset too" (a me-too about a habit, labelled not in play) was read as
    the trainee's own distress handed to the client (immediacy 1).
28. "I wonder how it feels telling me this. Do you worry what I think of you now?" (the
    development probe set, label 3) fell to not used on a refit at P = 0.47: the act of telling
    the trainee, and the trainee's view of the client as the client meets it now, are plain
    here-and-now talk.
29. The trainee's feeling at the client's leaving ("I'd be sorry to see you go - and I'd
    understand", this-isnt-working/walking-out) was read but turned down by the head (P = 0.26,
    leaning on "sorry to"); it and how the trainee's words landed (class 24) now count as plain
    here-and-now talk (every training line that says either is labelled immediacy 3-5).
"""

from __future__ import annotations

import pytest

from qa_im3_support import features, judged, present
from roleplay.domain.moment import Moment

STRAIN = Moment(
    client_line="You changed my time again and just emailed me about it. Whatever.",
    invites="rupture_repair",
)


@pytest.mark.parametrize(
    "response",
    [
        "I told you I'd call, but I didn't. That matters.",
        "I switched your slot without checking with you first.",
        "That was me putting the clinic first, and I'm sorry.",
        "i've definitely been doing some of that, the rushing.",
    ],
)
def test_a_promise_or_decision_owned_is_the_trainees_part(response: str) -> None:
    assert present(STRAIN, response, "immediacy")


def test_near_miss_a_decision_about_their_life_is_not_the_trainees_part() -> None:
    moment = Moment(client_line="My boss moved my shifts.", invites="immediacy")
    assert not present(moment, "He changed them without asking you?", "immediacy")


@pytest.mark.parametrize(
    "response",
    [
        "It sounds like advice from me comes across as pressure.",
        "Maybe 'cope' came across as a criticism.",
        "You look ready for me to say you've failed.",
    ],
)
def test_how_the_trainees_words_landed_is_the_clients_experience_of_them(response: str) -> None:
    assert present(STRAIN, response, "immediacy")


def test_near_miss_how_someone_elses_words_landed_is_not_the_room() -> None:
    moment = Moment(client_line="My sister said I was selfish.", invites="immediacy")
    assert not present(moment, "Her comment came across as a criticism.", "immediacy")


@pytest.mark.parametrize(
    "response", ["weve gone really quiet", "i shd have asked u first", "i shouldve told u sooner"]
)
def test_hurried_typing_of_relationship_talk_is_read(response: str) -> None:
    moment = Moment(client_line="...", cue="silence", invites="immediacy")
    assert present(moment, response, "immediacy")


# 26. An observation read as a practical matter.
@pytest.mark.parametrize(
    "response",
    [
        "I see you're shivering a bit. Are you warm enough?",
        "i noticed u checking ur phone. do u need to head off?",
    ],
)
def test_an_observation_read_as_practical_is_no_relationship_talk(response: str) -> None:
    moment = Moment(
        client_line="Fine. Nothing much to say.", cue="arms folded", invites="immediacy"
    )
    assert not present(moment, response, "immediacy")


def test_near_miss_an_observation_wondered_about_between_them_is_still_immediacy() -> None:
    moment = Moment(
        client_line="Fine. Nothing much to say.", cue="arms folded", invites="immediacy"
    )
    response = "I see you're shivering a bit. I wonder if it's hard to be here with me today?"
    assert present(moment, response, "immediacy")


# 27. A me-too about a habit is not the trainee's distress now.
def test_a_habit_shared_is_not_distress_handed_over() -> None:
    moment = Moment(client_line="Whatever. I'm fine.", invites="rupture_repair")
    assert "trainee_distress" not in features(
        moment, "I get snappy when I'm upset as well.", "immediacy"
    )


def test_near_miss_distress_now_is_still_handed_over() -> None:
    moment = Moment(client_line="Whatever. I'm fine.", invites="rupture_repair")
    assert "trainee_distress" in features(moment, "Honestly I'm upset too now.", "immediacy")


def test_the_time_noticed_beside_an_observation_is_practical() -> None:
    moment = Moment(client_line="Are you going to keep on about my dad?", invites="immediacy")
    response = "I notice you've gone quiet. I'm aware of the time, we've only got five mins left."
    assert not present(moment, response, "immediacy")


# 28. The act of telling the trainee, or the trainee's view of the client, as the client meets it
# now ("I wonder how it feels telling me this. Do you worry what I think of you now?", the
# development probe set, label 3, which fell to not used on a refit at P = 0.47) is plain
# here-and-now talk.
@pytest.mark.parametrize(
    "response",
    [
        "I'm curious how it is showing me this.",
        "Are you worried about what I think of you, after that?",
    ],
)
def test_the_act_of_telling_me_is_here_and_now(response: str) -> None:
    moment = Moment(client_line="I've never said that to anyone.", invites="immediacy")
    assert "here_now" in features(moment, response, "immediacy")
    assert judged(moment, response, "immediacy").applicable


def test_near_miss_what_i_think_of_a_plan_is_not_the_relationship() -> None:
    moment = Moment(client_line="I might quit my job.", invites="immediacy")
    assert "here_now" not in features(
        moment, "Do you wonder what I think of the plan?", "immediacy"
    )


# 29. The trainee's feeling at their leaving, said plainly, is used.
@pytest.mark.parametrize(
    "response",
    ["I'd be really sad to lose you, and I'd get it.", "i would miss working with u. its ur call"],
)
def test_a_feeling_at_their_leaving_is_used(response: str) -> None:
    moment = Moment(client_line="Maybe I'll just call it a day.", invites="rupture_repair")
    assert "here_now" in features(moment, response, "immediacy")
    assert judged(moment, response, "immediacy").applicable


def test_near_miss_sorry_to_see_a_colleague_go_is_not_the_relationship() -> None:
    moment = Moment(client_line="My manager is retiring.", invites="immediacy")
    assert "here_now" not in features(
        moment, "It sounds like you'll be sorry to see him go.", "immediacy"
    )
