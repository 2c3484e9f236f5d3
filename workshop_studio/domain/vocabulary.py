"""The closed vocabularies of the domain (DOMAIN.md): card kinds, roles, note kinds, step kinds.

Each member carries its English label, marked for translation; the UI shows
``translate(<enum name>, label)``. ``parse`` accepts what a facilitator types in a
spreadsheet: the key, or the label in English or French, with any case and accents.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum

from workshop_studio.i18n import QT_TRANSLATE_NOOP, translate


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form used to compare labels."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.replace("_", " ").replace("-", " ").replace("’", "'").split())


class _Vocabulary(StrEnum):
    """A StrEnum whose members know their label and their French spellings."""

    @property
    def label(self) -> str:
        """The English label (the translation source)."""
        return _LABELS[type(self).__name__][self.value][0]

    def display(self) -> str:
        """The label in the user's language."""
        return translate(type(self).__name__, self.label)

    @classmethod
    def parse(cls, text: str):
        """The member named by ``text`` (key, English or French label), or raise ``ValueError``."""
        wanted = fold(text)
        for value, names in _LABELS[cls.__name__].items():
            if wanted in {fold(value), *(fold(n) for n in names)}:
                return cls(value)
        raise ValueError(text)


class CardKind(_Vocabulary):
    RECRUITER_PROFILE = "recruiter_profile"
    ADVISOR_POSTURE = "advisor_posture"
    SCENARIO_PROMPT = "scenario_prompt"
    QUESTION = "question"
    VERBATIM = "verbatim"
    THEME = "theme"
    HYPOTHESIS = "hypothesis"
    GOLDEN_TICKET = "golden_ticket"
    TIMELINE_STAGE = "timeline_stage"


class Role(_Vocabulary):
    CDE = "cde"
    CDDE = "cdde"
    RECRUITER = "recruiter"
    NEW_HIRE = "new_hire"
    PARTNER = "partner"
    FACILITATOR = "facilitator"


class AnnotationKind(_Vocabulary):
    IRRITANT = "irritant"
    IDEA = "idea"
    QUESTION = "question"
    QUOTE = "quote"
    GOOD_PRACTICE = "good_practice"
    EMOTION_POSITIVE = "emotion_positive"
    EMOTION_NEGATIVE = "emotion_negative"


class StepKind(_Vocabulary):
    """What an agenda step shows on the shared screen."""

    TITLE = "title"
    INSTRUCTION = "instruction"
    CARD = "card"
    CARDS = "cards"
    SCENARIO = "scenario"
    TIMELINE = "timeline"
    MATRIX = "matrix"
    BLANK = "blank"
    BLACK = "black"


class TargetKind(_Vocabulary):
    """Where a note is pinned. ``tray`` holds notes typed with nothing selected."""

    STAGE = "stage"
    CARD = "card"
    SCENARIO = "scenario"
    MATRIX_CELL = "matrix_cell"
    TRAY = "tray"


# value -> (English label, other accepted spellings: French label first)
_LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "CardKind": {
        "recruiter_profile": (
            QT_TRANSLATE_NOOP("CardKind", "Recruiter profile"),
            "Profil de recruteur",
            "profil",
            "recruiter",
        ),
        "advisor_posture": (QT_TRANSLATE_NOOP("CardKind", "Advisor posture"), "Posture du conseiller", "posture"),
        "scenario_prompt": (
            QT_TRANSLATE_NOOP("CardKind", "Scenario prompt"),
            "Amorce de scénario",
            "amorce",
            "scenario",
        ),
        "question": (QT_TRANSLATE_NOOP("CardKind", "Question"), "Question"),
        "verbatim": (QT_TRANSLATE_NOOP("CardKind", "Verbatim"), "Verbatim", "quote", "citation"),
        "theme": (QT_TRANSLATE_NOOP("CardKind", "Working theme"), "Thème de travail", "thème", "theme"),
        "hypothesis": (QT_TRANSLATE_NOOP("CardKind", "Hypothesis"), "Hypothèse"),
        "golden_ticket": (
            QT_TRANSLATE_NOOP("CardKind", "Golden ticket"),
            "Ticket d'or",
            "carte de recommandation",
            "recommandation",
        ),
        "timeline_stage": (QT_TRANSLATE_NOOP("CardKind", "Timeline stage"), "Étape de la frise", "étape", "stage"),
    },
    "Role": {
        "cde": (
            QT_TRANSLATE_NOOP("Role", "CDE"),
            "CDE",
            "conseiller entreprise",
            "conseiller à dominante entreprise",
            "company advisor",
        ),
        "cdde": (
            QT_TRANSLATE_NOOP("Role", "CDDE"),
            "CDDE",
            "conseiller demandeur d'emploi",
            "conseiller à dominante demandeur d'emploi",
            "jobseeker advisor",
        ),
        "recruiter": (
            QT_TRANSLATE_NOOP("Role", "Recruiter"),
            "Recruteur",
            "recruteuse",
            "gérant",
            "owner",
            "employeur",
        ),
        "new_hire": (
            QT_TRANSLATE_NOOP("Role", "New hire"),
            "Nouvelle recrue",
            "nouveau salarié",
            "salarié recruté",
            "recrue",
        ),
        "partner": (QT_TRANSLATE_NOOP("Role", "Partner"), "Partenaire"),
        "facilitator": (QT_TRANSLATE_NOOP("Role", "Facilitator"), "Animateur", "animatrice", "animation"),
    },
    "AnnotationKind": {
        "irritant": (QT_TRANSLATE_NOOP("AnnotationKind", "Irritant"), "Irritant", "point de friction"),
        "idea": (QT_TRANSLATE_NOOP("AnnotationKind", "Idea"), "Idée"),
        "question": (QT_TRANSLATE_NOOP("AnnotationKind", "Question"), "Question"),
        "quote": (QT_TRANSLATE_NOOP("AnnotationKind", "Quote"), "Citation", "verbatim"),
        "good_practice": (QT_TRANSLATE_NOOP("AnnotationKind", "Good practice"), "Bonne pratique"),
        "emotion_positive": (QT_TRANSLATE_NOOP("AnnotationKind", "Positive emotion"), "Émotion positive"),
        "emotion_negative": (QT_TRANSLATE_NOOP("AnnotationKind", "Negative emotion"), "Émotion négative"),
    },
    "StepKind": {
        "title": (QT_TRANSLATE_NOOP("StepKind", "Title slide"), "Accueil", "titre", "welcome"),
        "instruction": (QT_TRANSLATE_NOOP("StepKind", "Instruction"), "Consigne", "instructions"),
        "card": (QT_TRANSLATE_NOOP("StepKind", "One card"), "Une carte", "carte"),
        "cards": (QT_TRANSLATE_NOOP("StepKind", "Spread of cards"), "Plusieurs cartes", "cartes"),
        "scenario": (QT_TRANSLATE_NOOP("StepKind", "Scenario"), "Scénario"),
        "timeline": (QT_TRANSLATE_NOOP("StepKind", "Timeline"), "Frise"),
        "matrix": (QT_TRANSLATE_NOOP("StepKind", "Matrix"), "Matrice"),
        "blank": (QT_TRANSLATE_NOOP("StepKind", "Blank screen"), "Écran blanc", "blanc", "pause"),
        "black": (QT_TRANSLATE_NOOP("StepKind", "Black screen"), "Écran noir", "noir"),
    },
    "TargetKind": {
        "stage": (QT_TRANSLATE_NOOP("TargetKind", "Stage"), "Étape"),
        "card": (QT_TRANSLATE_NOOP("TargetKind", "Card"), "Carte"),
        "scenario": (QT_TRANSLATE_NOOP("TargetKind", "Scenario"), "Scénario"),
        "matrix_cell": (QT_TRANSLATE_NOOP("TargetKind", "Matrix cell"), "Case de la matrice"),
        "tray": (QT_TRANSLATE_NOOP("TargetKind", "To sort"), "À trier"),
    },
}
