"""The sample workshop's participants, as the tests recognise them in what the app writes."""

# Enough of each sample participant's name to recognise it anywhere (first name, or name and initial).
PARTICIPANT_NAMES = (
    "Karima",
    "Stéphane",
    "Laurence",
    "Youssef",
    "Patricia",
    "Franck",
    "Léa T",
    "Sofiane",
    "Martine",
    "Béatrice",
)
