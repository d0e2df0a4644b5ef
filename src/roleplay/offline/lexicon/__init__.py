"""Word patterns the offline scorer looks for, grouped by the feature they stand for.

Every pattern runs on normalised text (lower case, straight quotes). Patterns are deliberately
plain so an instructor can read why a response was scored as it was. `presence` marks the
helper's own life, `disclosure` the quality of a disclosure, and `relationship` talk about the two
of them now with its failures (accusation, the helper's need, crossings, defensiveness).
"""

from roleplay.offline.lexicon.defending import (
    COLD_DEFENCE,
    DEFENDS_CONDUCT,
    DEFENDS_FRAME,
    DEFENSIVE,
    PARTLY_DEFENSIVE,
)
from roleplay.offline.lexicon.disclosure import (
    ABRUPT_RETURN,
    ADVICE,
    CREDENTIALS,
    CURRENT_STRUGGLE,
    CURRENT_TIME,
    DIFFERENCE_ACKNOWLEDGED,
    INTIMATE,
    NOT_MINE,
    ONE_UPPING,
    OVER_IDENTIFY,
    PAST,
    RESOLVED,
    STRATEGY_TENTATIVE,
    SUGGESTION,
    TAG_QUESTION,
    VALUES,
)
from roleplay.offline.lexicon.disclosure_focus import AIM, RETURN_INVITE, THERAPIST_CENTRED
from roleplay.offline.lexicon.frame import (
    BOUNDARY_CROSSING,
    CONTACT_DETAILS,
    CONTACT_OFFER,
    REFUSAL,
)
from roleplay.offline.lexicon.helping import HELPING_CLAUSE
from roleplay.offline.lexicon.owning import OWNS_PART
from roleplay.offline.lexicon.presence import (
    ASKS_ROLE,
    FIRST_PERSON,
    HINTED_LIFE,
    HYPOTHETICAL,
    HYPOTHETICAL_FEELING,
    MY_NOT_PERSONAL,
    MY_NOUN,
    ROLE_IN_DEFENCE,
    STRONG_DISCLOSURE,
    TO_ME_NOT_PERSONAL,
    WE_STORY,
    WEAK_DISCLOSURE,
)
from roleplay.offline.lexicon.questions import (
    FOLLOW_UP_QUESTION,
    HELPERS_FAMILY,
    PERSONAL_ANSWER,
    PERSONAL_QUESTION,
)
from roleplay.offline.lexicon.relationship import (
    ACCUSATORY,
    DEMANDING,
    HERE_NOW,
    INVITES_VIEW,
    OWNED,
    PROCESS_OBSERVATION,
    REGRET_ON_RULES,
    TENTATIVE,
    THERAPIST_NEED,
)

__all__ = [
    "ABRUPT_RETURN",
    "ACCUSATORY",
    "ADVICE",
    "AIM",
    "ASKS_ROLE",
    "BOUNDARY_CROSSING",
    "COLD_DEFENCE",
    "CONTACT_DETAILS",
    "CONTACT_OFFER",
    "CREDENTIALS",
    "CURRENT_STRUGGLE",
    "CURRENT_TIME",
    "DEFENDS_CONDUCT",
    "DEFENDS_FRAME",
    "DEFENSIVE",
    "DEMANDING",
    "DIFFERENCE_ACKNOWLEDGED",
    "FIRST_PERSON",
    "FOLLOW_UP_QUESTION",
    "HELPERS_FAMILY",
    "HELPING_CLAUSE",
    "HERE_NOW",
    "HINTED_LIFE",
    "HYPOTHETICAL",
    "HYPOTHETICAL_FEELING",
    "INTIMATE",
    "INVITES_VIEW",
    "MY_NOT_PERSONAL",
    "MY_NOUN",
    "NOT_MINE",
    "ONE_UPPING",
    "OVER_IDENTIFY",
    "OWNED",
    "OWNS_PART",
    "PARTLY_DEFENSIVE",
    "PAST",
    "PERSONAL_ANSWER",
    "PERSONAL_QUESTION",
    "PROCESS_OBSERVATION",
    "REFUSAL",
    "REGRET_ON_RULES",
    "RESOLVED",
    "RETURN_INVITE",
    "ROLE_IN_DEFENCE",
    "STRATEGY_TENTATIVE",
    "STRONG_DISCLOSURE",
    "SUGGESTION",
    "TAG_QUESTION",
    "TENTATIVE",
    "THERAPIST_CENTRED",
    "THERAPIST_NEED",
    "TO_ME_NOT_PERSONAL",
    "VALUES",
    "WEAK_DISCLOSURE",
    "WE_STORY",
]
