"""One place that wires settings to content, store and engines, for the CLI, the TUI and tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from roleplay.content.library import ContentLibrary, load_library
from roleplay.domain.common import Difficulty
from roleplay.domain.session import EngineInfo, Session
from roleplay.errors import ContentError, Problem
from roleplay.judge.base import Judge
from roleplay.judge.offline import OfflineJudge
from roleplay.offline.model import WEIGHTS_FILE, Weights, load_weights
from roleplay.practice.drill import DrillSession, new_drill_record
from roleplay.practice.records import new_record, thaw
from roleplay.practice.session import PracticeSession
from roleplay.settings import Settings
from roleplay.simulate.base import ClientSimulator
from roleplay.simulate.offline import OfflineClient
from roleplay.store.drills import DrillStore
from roleplay.store.profile import default_trainee, load_profile
from roleplay.store.sessions import SessionStore


@dataclass
class Services:
    settings: Settings
    library: ContentLibrary
    store: SessionStore
    judge: Judge
    client: ClientSimulator
    engine: EngineInfo
    # A course's own fitted offline weights (an instructor content dir's weights/judge.json).
    weights: Weights | None = None

    @property
    def offline(self) -> bool:
        return self.engine.mode == "offline"

    async def aclose(self) -> None:
        """Close the engines' connections (the LLM server's pool); the offline ones hold none.
        Both protocols have `aclose`; an engine written before they did (a test double) is
        still let through."""
        for engine in (self.judge, self.client):
            close = getattr(engine, "aclose", None)
            if close is not None:
                await close()

    def describe_engine(self) -> str:
        if self.offline:
            return "offline engine (no server)"
        return (
            f"{self.engine.server} · client {self.engine.model} · judge {self.engine.judge_model}"
        )

    def default_trainee(self) -> str:
        return (
            self.settings.trainee
            or load_profile(self.settings.data_dir).trainee
            or default_trainee()
        )

    def default_cohort(self) -> str | None:
        return self.settings.cohort or load_profile(self.settings.data_dir).cohort

    def start(
        self,
        scenario_id: str,
        trainee: str | None = None,
        cohort: str | None = None,
        *,
        save: bool = True,
    ) -> PracticeSession:
        """A new session. `save=False` (the TUI) writes nothing until the first response, so a
        session nobody answered leaves no file behind."""
        entry = self.library.scenario(scenario_id)
        rubric = self.library.rubric(entry.scenario.rubric)
        record = new_record(
            entry,
            rubric,
            trainee or self.default_trainee(),
            cohort if cohort is not None else self.default_cohort(),
            self.engine,
        )
        session = self.open(record)
        if save:
            self.store.save(record)
        return session

    def resume(self, session_id: str) -> PracticeSession:
        """Open a stored session; one in progress stays held by this process (another window
        that tries is refused), so two openers can never overwrite each other's responses."""
        if self.store.path_for(session_id).is_file():  # else load says what is wrong
            self.store.claim(session_id)
        try:
            record = self.store.load(session_id)
        except BaseException:
            self.store.release(session_id)
            raise
        if record.status != "in_progress":
            self.store.release(session_id)  # only looked at; taken again if written
        return self.open(record)

    def open(self, record: Session) -> PracticeSession:
        scenario, rubric = thaw(record)
        return PracticeSession(
            record,
            scenario,
            rubric,
            self.judge,
            self.client,
            self.store,
            OfflineJudge(self.weights),
            OfflineClient(),
            reader=OfflineJudge(self.weights).reader,
        )


def start_drill(
    services: Services,
    skill: str,
    level: Difficulty,
    trainee: str | None = None,
    cohort: str | None = None,
) -> DrillSession:
    """A new drill session on the deck for `skill`, its first set at `level`, saved."""
    entry = services.library.drill_for(skill)
    rubric = services.library.rubric(entry.deck.rubric).rubric
    record = new_drill_record(
        entry.deck,
        entry.sha256,
        rubric,
        trainee or services.default_trainee(),
        cohort if cohort is not None else services.default_cohort(),
        services.engine,
    )
    drill = DrillSession(
        record, entry.deck, rubric, services.judge, DrillStore(services.settings.data_dir)
    )
    drill.start_set(level)
    return drill


def build_services(settings: Settings, *, content_dirs: list[Path] | None = None) -> Services:
    dirs = [d.expanduser() for d in [*settings.content_dirs, *(content_dirs or [])]]
    library = load_library([(d, str(d)) for d in dirs])
    store = SessionStore(settings.data_dir)
    store.sweep_leftovers()  # temp files a killed save left behind
    weights = content_weights(dirs)
    judge, client, engine = build_engines(settings, weights)
    return Services(settings, library, store, judge, client, engine, weights)


def content_weights(dirs: list[Path]) -> Weights | None:
    """The offline judge's weights from the last content dir that has `weights/judge.json`
    (written there by `roleplay fit`), so every trainee using that content is judged by them."""
    for directory in reversed(dirs):
        path = directory / WEIGHTS_FILE
        if path.is_file():
            try:
                return load_weights(path)
            except (OSError, ValueError, KeyError) as exc:
                raise ContentError(
                    [
                        Problem(
                            str(path), None, f"not a weights file written by roleplay fit ({exc})"
                        )
                    ]
                ) from exc
    return None


def build_engines(
    settings: Settings, weights: Weights | None = None
) -> tuple[Judge, ClientSimulator, EngineInfo]:
    if not settings.uses_server:
        return OfflineJudge(weights), OfflineClient(), EngineInfo(mode="offline")
    # Imported here so the offline path never pays for the openai import.
    from roleplay.judge.fallback import FallbackJudge
    from roleplay.judge.llm import LLMJudge
    from roleplay.llm.provider import Provider
    from roleplay.simulate.fallback import FallbackClient
    from roleplay.simulate.llm import LLMClient

    provider = Provider.from_settings(settings)
    engine = EngineInfo(
        mode="llm",
        model=settings.model,
        judge_model=settings.effective_judge_model,
        server=settings.server,
    )
    # Every caller gets the fallback: a server that gives up never stops a session, a score,
    # a rescore or a calibration; the offline engine answers, labelled.
    return (
        FallbackJudge(LLMJudge(provider, settings.effective_judge_model), OfflineJudge(weights)),
        FallbackClient(LLMClient(provider, settings.model), OfflineClient()),
        engine,
    )
