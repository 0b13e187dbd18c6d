"""Typed records of one plate, as the guide describes it.

Everything drawn on a plate is an `Element`; containers (stages, domains,
levels, the ring) are elements of a container kind that others sit `inside`.
Each record keeps where it came from (`Source`) so that a problem found after
loading (a cross-plate link that does not resolve) can still name file:line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class ElementKind(StrEnum):
    """How an element is drawn."""

    REGION = "region"  # a band or block that holds other elements
    CARD = "card"  # a box with a title and the poster's short text
    POINT = "point"  # a bullet point inside a card or region
    BADGE = "badge"  # a compact named thing: a programme, a theme
    TEXT = "text"  # free text on the poster (a slogan, a caption)
    RING = "ring"  # the circular band of programmes on plate 2


CONTAINER_KINDS = frozenset({ElementKind.REGION, ElementKind.RING})


class Role(StrEnum):
    """What an element is, for the colour language (see app/scene/style.py)."""

    FOUNDATION = "foundation"
    ROUTE = "route"
    GOAL = "goal"
    DOMAIN = "domain"
    SCHOOL = "school"
    TEACHER = "teacher"
    STUDENT = "student"
    OPTIMISATION = "optimisation"
    TRANSFORMATION = "transformation"
    PROGRAMME = "programme"
    CONDITION = "condition"
    COLLECTIVE = "collective"
    INDIVIDUAL = "individual"
    FACTOR = "factor"
    CONTEXT = "context"
    THEME = "theme"


class RelationKind(StrEnum):
    LEADS_TO = "leads_to"  # a step in a sequence (stage 1 -> stage 2)
    SUPPORTS = "supports"  # one thing makes the other possible
    RELATES_TO = "relates_to"  # the guide names a link between the two
    SAME_AS = "same_as"  # the same thing, on another plate
    CONTRASTS = "contrasts"  # two sides of a choice


DIRECTED_RELATIONS = frozenset({RelationKind.LEADS_TO, RelationKind.SUPPORTS})


class AnswerShape(StrEnum):
    """The form a worksheet question's answer takes."""

    TEXT = "text"  # free text
    LIST = "list"  # a list of short items
    PEOPLE = "people"  # a list of colleagues: name and role


@dataclass(frozen=True, slots=True)
class Source:
    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, slots=True)
class Rect:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


@dataclass(frozen=True, slots=True)
class Element:
    id: str
    label: str
    kind: ElementKind
    role: Role
    text: str = ""  # the poster's own short text
    guide: str = ""  # the guide's explanation, Markdown
    inside: tuple[str, ...] = ()  # ids of the containers it sits in
    rect: Rect | None = None
    marked: bool = False  # plate 1: where digitalisation shows most
    source: Source | None = field(default=None, compare=False)
    auto_placed: bool = field(default=False, compare=False)  # the file gives no rect

    @property
    def is_container(self) -> bool:
        return self.kind in CONTAINER_KINDS


@dataclass(frozen=True, slots=True)
class Relation:
    id: str
    source_id: str
    target_id: str  # "element" on this plate, or "plate-id:element" on another
    kind: RelationKind
    label: str = ""
    source: Source | None = field(default=None, compare=False)

    @property
    def crosses_plates(self) -> bool:
        return ":" in self.target_id


@dataclass(frozen=True, slots=True)
class QuestionField:
    """One answer field of a question (plate 4: one per programme)."""

    id: str
    label: str
    element: str = ""  # the element the answers show beside
    hint: str = ""


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    text: str
    answer: AnswerShape
    fields: tuple[QuestionField, ...] = ()
    element: str = ""  # the element the answer belongs to on the plate
    source: Source | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Worksheet:
    title: str
    intro: str
    questions: tuple[Question, ...]


@dataclass(frozen=True, slots=True)
class TourStep:
    elements: tuple[str, ...]
    caption: str


@dataclass(frozen=True, slots=True)
class Plate:
    format: int
    number: int
    id: str
    title: str
    intro: str
    size: tuple[float, float]
    elements: tuple[Element, ...]
    relations: tuple[Relation, ...]
    tips: tuple[str, ...] = ()
    worksheet: Worksheet | None = None
    tour: tuple[TourStep, ...] = ()
    path: str = ""

    def element(self, element_id: str) -> Element:
        for element in self.elements:
            if element.id == element_id:
                return element
        raise KeyError(element_id)

    def has_element(self, element_id: str) -> bool:
        return any(element.id == element_id for element in self.elements)

    @property
    def containers(self) -> tuple[Element, ...]:
        return tuple(e for e in self.elements if e.is_container)

    def children(self, container_id: str) -> tuple[Element, ...]:
        return tuple(e for e in self.elements if container_id in e.inside)


@dataclass(frozen=True, slots=True)
class Chapter:
    """One of the guide's chapters that is not a plate (Voorwoord, Bronnen)."""

    id: str
    title: str
    markdown: str
    path: str = ""
