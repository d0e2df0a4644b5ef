"""The smallest valid scenario's opening, shared by the content tests: one beat that asks a
personal question, up to its `branches:` key (each test writes its own branches and ending)."""

from __future__ import annotations

import textwrap

TINY_HEAD = textwrap.dedent("""\
    id: tiny-scenario
    title: A tiny scenario
    skills: [self_disclosure]
    difficulty: beginner
    rubric: disclosure-immediacy
    client:
      name: Sam
      presenting_concern: Worry.
      background: Some background.
    beats:
      - id: asks
        client: "Have you ever felt like this?"
        invites: self_disclosure
        exemplars:
          - response: "I have, some years ago. What is it like for you?"
            scores: {self_disclosure: 5, immediacy: null}
            why: Brief, past, focus handed back.
        branches:
""")
