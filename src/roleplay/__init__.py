"""roleplay: a practice simulator for counselling trainees (self-disclosure and immediacy)."""

__version__ = "0.1.0"
