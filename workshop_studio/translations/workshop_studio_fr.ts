<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Agenda</name>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>A step lasts from 0 to {max} minutes.</source>
        <translation>Une étape dure de 0 à {max} minutes.</translation>
    </message>
    <message>
        <source>“{kind}” is not a kind of step.</source>
        <translation>« {kind} » n’est pas un type d’étape.</translation>
    </message>
    <message>
        <source>An instruction's bullets are lines of text.</source>
        <translation>Les points d’une consigne sont des lignes de texte.</translation>
    </message>
    <message>
        <source>An instruction has at most {max} bullets.</source>
        <translation>Une consigne a au plus {max} points.</translation>
    </message>
    <message>
        <source>A bullet has at most {max} characters: keep it short for the room.</source>
        <translation>Un point a au plus {max} caractères : restez bref pour la salle.</translation>
    </message>
    <message>
        <source>A countdown lasts from 1 to {max} minutes.</source>
        <translation>Un compte à rebours dure de 1 à {max} minutes.</translation>
    </message>
    <message>
        <source>A one-card step needs a card.</source>
        <translation>Une étape « une carte » demande une carte.</translation>
    </message>
    <message>
        <source>A scenario step needs a scenario.</source>
        <translation>Une étape « scénario » demande un scénario.</translation>
    </message>
    <message>
        <source>A spread needs at least one card.</source>
        <translation>Une série de cartes en demande au moins une.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>pictogram</source>
        <translation>pictogramme</translation>
    </message>
    <message>
        <source>agenda step</source>
        <translation>étape du déroulé</translation>
    </message>
    <message>
        <source>agenda steps</source>
        <translation>étapes du déroulé</translation>
    </message>
</context>
<context>
    <name>AgendaCommands</name>
    <message>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove a step</source>
        <translation>Retirer une étape</translation>
    </message>
    <message>
        <source>Move a step</source>
        <translation>Déplacer une étape</translation>
    </message>
    <message>
        <source>Edit a step</source>
        <translation>Modifier une étape</translation>
    </message>
    <message>
        <source>Skip a step</source>
        <translation>Sauter une étape</translation>
    </message>
    <message>
        <source>Show a skipped step</source>
        <translation>Rétablir une étape sautée</translation>
    </message>
    <message>
        <source>Set a step's minutes</source>
        <translation>Changer la durée d’une étape</translation>
    </message>
    <message>
        <source>Rename a step</source>
        <translation>Renommer une étape</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Planned time</source>
        <translation>Temps prévu</translation>
    </message>
    <message>
        <source>Add a &amp;Step…</source>
        <translation>&amp;Ajouter une étape…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Sauter</translation>
    </message>
    <message>
        <source>Skip this step when presenting (it stays in the agenda)</source>
        <translation>Sauter cette étape pendant la présentation (elle reste dans le déroulé)</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Presenter Console…</source>
        <translation>Console de présentation…</translation>
    </message>
    <message>
        <source>Run this agenda on the shared screen, and edit it (Ctrl+6)</source>
        <translation>Dérouler cet atelier sur l’écran partagé, et le modifier (Ctrl+6)</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bullet(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>countdown %1 min</source>
        <translation>compte à rebours %1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) planned</source>
        <translation>
            <numerusform>%n minute prévue</numerusform>
            <numerusform>%n minutes prévues</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 minutes planned:</source>
        <translation>%1 minutes prévues sur %2 :</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) too many</source>
        <translation>
            <numerusform>%n minute de trop</numerusform>
            <numerusform>%n minutes de trop</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) to spare</source>
        <translation>
            <numerusform>%n minute de marge</numerusform>
            <numerusform>%n minutes de marge</numerusform>
        </translation>
    </message>
    <message>
        <source>This workshop has no timeline yet: the room would see an empty board. Choose one in the workshop's details (Ctrl+Shift+E).</source>
        <translation>Cet atelier n’a pas encore de frise : la salle verrait un tableau vide. Choisissez-en une dans les informations de l’atelier (Ctrl+Maj+E).</translation>
    </message>
    <message>
        <source>This workshop has no matrix yet: the room would see an empty board. Choose one in the workshop's details (Ctrl+Shift+E).</source>
        <translation>Cet atelier n’a pas encore de matrice : la salle verrait un tableau vide. Choisissez-en une dans les informations de l’atelier (Ctrl+Maj+E).</translation>
    </message>
    <message>
        <source>Step removed (Ctrl+Z brings it back).</source>
        <translation>Étape retirée (Ctrl+Z la remet).</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>&amp;Go to This Step</source>
        <translation>&amp;Aller à cette étape</translation>
    </message>
    <message>
        <source>&amp;Add a Step…</source>
        <translation>Ajouter une étap&amp;e…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change what the step shows: its card, scenario, bullets, countdown</source>
        <translation>Changer ce que montre l’étape : sa carte, son scénario, ses points, son compte à rebours</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Sauter</translation>
    </message>
    <message>
        <source>Skip this step when going through the agenda</source>
        <translation>Sauter cette étape en déroulant l’atelier</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>▲ Move &amp;Up</source>
        <translation>▲ &amp;Monter</translation>
    </message>
    <message>
        <source>▼ Move &amp;Down</source>
        <translation>▼ &amp;Descendre</translation>
    </message>
    <message>
        <source>Step title</source>
        <translation>Titre de l’étape</translation>
    </message>
    <message>
        <source>(no title: the card's or scenario's own)</source>
        <translation>(sans titre : celui de la carte ou du scénario)</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Durée prévue en minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>Min&amp;utes :</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) planned</source>
        <translation>
            <numerusform>%n minute prévue</numerusform>
            <numerusform>%n minutes prévues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnotationKind</name>
    <message>
        <source>Irritant</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Good practice</source>
        <translation>Bonne pratique</translation>
    </message>
    <message>
        <source>Positive emotion</source>
        <translation>Émotion positive</translation>
    </message>
    <message>
        <source>Negative emotion</source>
        <translation>Émotion négative</translation>
    </message>
</context>
<context>
    <name>Atomic</name>
    <message>
        <source>this is Workshop Studio's database (or one of its files or backups); choose another file.</source>
        <translation>c’est la base de données de Workshop Studio (ou l’un de ses fichiers ou de ses sauvegardes) ; choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>BackOffsetBox</name>
    <message>
        <source>Double-sided printing</source>
        <translation>Impression recto verso</translation>
    </message>
    <message>
        <source>Printer name</source>
        <translation>Nom de l’imprimante</translation>
    </message>
    <message>
        <source>The printer's name</source>
        <translation>Le nom de l’imprimante</translation>
    </message>
    <message>
        <source>Back offset to the right</source>
        <translation>Décalage du verso vers la droite</translation>
    </message>
    <message>
        <source>Back offset downwards</source>
        <translation>Décalage du verso vers le bas</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droite</translation>
    </message>
    <message>
        <source>down</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>Print calibration page…</source>
        <translation>Imprimer la page de calibrage…</translation>
    </message>
    <message>
        <source>Duplex printers shift the backs by a millimetre or two. Print the calibration page once, read the shift on it, and enter it here: it is kept for this printer.</source>
        <translation>Les imprimantes recto verso décalent le verso d’un ou deux millimètres. Imprimez une fois la page de calibrage, lisez-y le décalage et saisissez-le ici : il est conservé pour cette imprimante.</translation>
    </message>
    <message>
        <source>Printer:</source>
        <translation>Imprimante :</translation>
    </message>
    <message>
        <source>Back offset:</source>
        <translation>Décalage du verso :</translation>
    </message>
</context>
<context>
    <name>BoardLink</name>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Type what was said, then Enter (Ctrl+N to come back here)</source>
        <translation>Tapez ce qui a été dit, puis Entrée (Ctrl+N pour revenir ici)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Qui l’a dit</translation>
    </message>
    <message>
        <source>Kind of note</source>
        <translation>Type de note</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>%1 (role only)</source>
        <translation>%1 (rôle seul)</translation>
    </message>
    <message>
        <source>Goes to: %1</source>
        <translation>Va dans : %1</translation>
    </message>
    <message>
        <source>Not saved yet: %1 — press Enter to try again.</source>
        <translation>Pas encore enregistrée : %1 — appuyez sur Entrée pour réessayer.</translation>
    </message>
</context>
<context>
    <name>CaptureTarget</name>
    <message>
        <source>the card “%1”</source>
        <translation>la carte « %1 »</translation>
    </message>
    <message>
        <source>the scenario “%1”</source>
        <translation>le scénario « %1 »</translation>
    </message>
    <message>
        <source>the stage “%1”</source>
        <translation>l’étape « %1 »</translation>
    </message>
    <message>
        <source>“To sort” (choose a stage on the timeline to pin notes there)</source>
        <translation>« À trier » (choisissez une étape sur la frise pour y épingler les notes)</translation>
    </message>
    <message>
        <source>the cell “%1”</source>
        <translation>la case « %1 »</translation>
    </message>
    <message>
        <source>“To sort” (click a cell of the matrix to pin notes there)</source>
        <translation>« À trier » (cliquez une case de la matrice pour y épingler les notes)</translation>
    </message>
</context>
<context>
    <name>CardActions</name>
    <message>
        <source>New card</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move left</source>
        <translation>Déplacer à gauche</translation>
    </message>
    <message>
        <source>Move right</source>
        <translation>Déplacer à droite</translation>
    </message>
    <message>
        <source>Show cards of kind</source>
        <translation>Afficher les cartes du type</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) deleted — Ctrl+Z to undo</source>
        <translation>
            <numerusform>%n carte supprimée — Ctrl+Z pour annuler</numerusform>
            <numerusform>%n cartes supprimées — Ctrl+Z pour annuler</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Exemplaires</translation>
    </message>
    <message>
        <source>How many copies of this card to print</source>
        <translation>Combien d’exemplaires de cette carte imprimer</translation>
    </message>
    <message>
        <source>Printed on the back of the card, under its kind</source>
        <translation>Imprimé au dos de la carte, sous son type</translation>
    </message>
    <message>
        <source>Choose a card in the grid, or add one.</source>
        <translation>Choisissez une carte dans la grille, ou ajoutez-en une.</translation>
    </message>
    <message>
        <source>Pictogram</source>
        <translation>Pictogramme</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Too long for the card: the end will be cut off. Shorten it.</source>
        <translation>Trop long pour la carte : la fin sera coupée. Raccourcissez-le.</translation>
    </message>
    <message>
        <source>Too long to print at a readable size. Shorten it if you can.</source>
        <translation>Trop long pour être imprimé en taille lisible. Raccourcissez-le si possible.</translation>
    </message>
</context>
<context>
    <name>CardKind</name>
    <message>
        <source>Recruiter profile</source>
        <translation>Profil de recruteur</translation>
    </message>
    <message>
        <source>Advisor posture</source>
        <translation>Posture du conseiller</translation>
    </message>
    <message>
        <source>Scenario prompt</source>
        <translation>Amorce de scénario</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Verbatim</source>
        <translation>Verbatim</translation>
    </message>
    <message>
        <source>Working theme</source>
        <translation>Thème de travail</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Golden ticket</source>
        <translation>Ticket d’or</translation>
    </message>
    <message>
        <source>Timeline stage</source>
        <translation>Étape de la frise</translation>
    </message>
</context>
<context>
    <name>CardLayout</name>
    <message>
        <source>“{title}”: the {part} is too long and was cut.</source>
        <translation>« {title} » : le {part} est trop long et a été coupé.</translation>
    </message>
    <message>
        <source>“{title}”: the {part} was shrunk below a readable size.</source>
        <translation>« {title} » : le {part} a été réduit sous la taille lisible.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>back text</source>
        <translation>texte du dos</translation>
    </message>
</context>
<context>
    <name>Cards</name>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>“{kind}” is not a card kind.</source>
        <translation>« {kind} » n’est pas un type de carte.</translation>
    </message>
    <message>
        <source>The number of copies must be a whole number from 0 to {max}.</source>
        <translation>Le nombre d’exemplaires doit être un nombre entier de 0 à {max}.</translation>
    </message>
    <message>
        <source>“{colour}” is not a colour (a palette name or #RRGGBB).</source>
        <translation>« {colour} » n’est pas une couleur (un nom de la palette ou #RRVVBB).</translation>
    </message>
    <message>
        <source>No pictogram has the id {id}.</source>
        <translation>Aucun pictogramme n’a le numéro {id}.</translation>
    </message>
    <message>
        <source>card title</source>
        <translation>titre de la carte</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>cartes</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Run co-design workshops on one shared screen.</source>
        <translation>Animer des ateliers de co-conception sur un écran partagé.</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>affiche la version et quitte</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: $WORKSHOP_STUDIO_DB, else the user data folder)</source>
        <translation>fichier de base de données ou URL SQLAlchemy (par défaut : $WORKSHOP_STUDIO_DB, sinon le dossier de données de l’utilisateur)</translation>
    </message>
    <message>
        <source>language of the interface</source>
        <translation>langue de l’interface</translation>
    </message>
    <message>
        <source>a new database starts empty, without the sample workshop</source>
        <translation>une nouvelle base de données démarre vide, sans l’atelier d’exemple</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>import a deck from a CSV, XLSX, ODS or JSON file; prints its id and card count</source>
        <translation>importer un jeu depuis un fichier CSV, XLSX, ODS ou JSON ; affiche son numéro et son nombre de cartes</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>import the known columns and list the others instead of refusing the file</source>
        <translation>importer les colonnes connues et lister les autres au lieu de refuser le fichier</translation>
    </message>
    <message>
        <source>the new deck's name (default: the file's name)</source>
        <translation>le nom du nouveau jeu (par défaut : le nom du fichier)</translation>
    </message>
    <message>
        <source>write a deck to a CSV, XLSX, JSON or PDF file</source>
        <translation>écrire un jeu dans un fichier CSV, XLSX, JSON ou PDF</translation>
    </message>
    <message>
        <source>the deck's id or exact name</source>
        <translation>le numéro du jeu ou son nom exact</translation>
    </message>
    <message>
        <source>DECK</source>
        <translation>JEU</translation>
    </message>
    <message>
        <source>FILE.csv, .xlsx, .json or .pdf</source>
        <translation>FICHIER.csv, .xlsx, .json ou .pdf</translation>
    </message>
    <message>
        <source>columns left out: {names}</source>
        <translation>colonnes laissées de côté : {names}</translation>
    </message>
    <message>
        <source>add SVG, PNG, JPEG or WebP pictograms (files or folders); prints each one's id and key</source>
        <translation>ajouter des pictogrammes SVG, PNG, JPEG ou WebP (fichiers ou dossiers) ; affiche le numéro et la clé de chacun</translation>
    </message>
    <message>
        <source>pictogram files, or folders holding them</source>
        <translation>fichiers de pictogrammes, ou dossiers qui les contiennent</translation>
    </message>
    <message>
        <source>its label, for a single file (default: from the file name)</source>
        <translation>son libellé, pour un seul fichier (par défaut : tiré du nom du fichier)</translation>
    </message>
    <message>
        <source>its English label (default: the same)</source>
        <translation>son libellé en anglais (par défaut : le même)</translation>
    </message>
    <message>
        <source>--label names one file's pictogram; {count} files were given.</source>
        <translation>--label nomme le pictogramme d’un seul fichier ; fichiers donnés : {count}.</translation>
    </message>
    <message>
        <source>warning: {file}: {warning}</source>
        <translation>attention : {file} : {warning}</translation>
    </message>
    <message>
        <source>{accepted} accepted ({warned} with a warning), {refused} refused, of {total} files.</source>
        <translation>Fichiers : {total} ; acceptés : {accepted} (dont {warned} avec un avertissement) ; refusés : {refused}.</translation>
    </message>
    <message>
        <source>workshop-studio: PDF export is not available here.</source>
        <translation>workshop-studio : l’export PDF n’est pas disponible ici.</translation>
    </message>
    <message>
        <source>write a workshop's report (PDF), notes (CSV, XLSX) or archive (ZIP)</source>
        <translation>écrire le compte rendu (PDF), les notes (CSV, XLSX) ou l’archive (ZIP) d’un atelier</translation>
    </message>
    <message>
        <source>“{value}” is not a date like 2027-01-14.</source>
        <translation>« {value} » n’est pas une date comme 2027-01-14.</translation>
    </message>
    <message>
        <source>“{value}” is not a time like 09:30.</source>
        <translation>« {value} » n’est pas une heure comme 09:30.</translation>
    </message>
    <message>
        <source>“{value}” is not a number of minutes from 1 to 1440.</source>
        <translation>« {value} » n’est pas un nombre de minutes de 1 à 1440.</translation>
    </message>
    <message>
        <source>prepare a new workshop; prints its id and title</source>
        <translation>préparer un nouvel atelier ; affiche son numéro et son titre</translation>
    </message>
    <message>
        <source>the workshop's title</source>
        <translation>le titre de l’atelier</translation>
    </message>
    <message>
        <source>its date</source>
        <translation>sa date</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>when it starts</source>
        <translation>son heure de début</translation>
    </message>
    <message>
        <source>how long the room is booked for</source>
        <translation>la durée pour laquelle la salle est réservée</translation>
    </message>
    <message>
        <source>the agency or venue</source>
        <translation>l’agence ou le lieu</translation>
    </message>
    <message>
        <source>the room</source>
        <translation>la salle</translation>
    </message>
    <message>
        <source>who facilitates it</source>
        <translation>qui l’anime</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>the timeline template it follows</source>
        <translation>le modèle de frise qu’il suit</translation>
    </message>
    <message>
        <source>NAME|ID</source>
        <translation>NOM|NUMÉRO</translation>
    </message>
    <message>
        <source>a deck it uses (repeat for several)</source>
        <translation>un jeu de cartes qu’il utilise (à répéter pour plusieurs)</translation>
    </message>
    <message>
        <source>the profiles × postures matrix it uses</source>
        <translation>la matrice profils × postures qu’il utilise</translation>
    </message>
    <message>
        <source>copy this workshop's agenda, timeline and materials (never its notes)</source>
        <translation>reprendre le déroulé, la frise et le matériel de cet atelier (jamais ses notes)</translation>
    </message>
    <message>
        <source>start from the sample workshop that comes with the application</source>
        <translation>partir de l’atelier d’exemple fourni avec l’application</translation>
    </message>
    <message>
        <source>with --from or --from-sample: copy the participants too</source>
        <translation>avec --from ou --from-sample : reprendre aussi les participants</translation>
    </message>
    <message>
        <source>add participants from a CSV or XLSX file (name, role, organisation); prints how many</source>
        <translation>ajouter des participants depuis un fichier CSV ou XLSX (nom, rôle, structure) ; affiche leur nombre</translation>
    </message>
    <message>
        <source>the workshop's id or exact title</source>
        <translation>le numéro de l’atelier ou son titre exact</translation>
    </message>
    <message>
        <source>--with-participants goes with --from or --from-sample; nothing was created.</source>
        <translation>--with-participants s’emploie avec --from ou --from-sample ; aucun atelier n’a été créé.</translation>
    </message>
    <message>
        <source>{count} already in the workshop left out ({names}).</source>
        <translation>déjà dans l’atelier, laissés de côté : {count} ({names}).</translation>
    </message>
    <message>
        <source>FILE.pdf, .csv, .xlsx, .zip (or .png)</source>
        <translation>FICHIER.pdf, .csv, .xlsx, .zip (ou .png)</translation>
    </message>
    <message>
        <source>replace the authors' names by their role and a number</source>
        <translation>remplacer le nom des auteurs par leur rôle et un numéro</translation>
    </message>
    <message>
        <source>paper of the PDF report, landscape (default: a4)</source>
        <translation>format du compte rendu PDF, à l’italienne (par défaut : a4)</translation>
    </message>
    <message>
        <source>import a workshop archive (.zip); prints its new id and note count</source>
        <translation>importer une archive d’atelier (.zip) ; affiche son nouveau numéro et son nombre de notes</translation>
    </message>
    <message>
        <source>{path}: choose a file ending in .pdf, .csv, .xlsx, .zip or .png.</source>
        <translation>{path} : choisissez un fichier se terminant par .pdf, .csv, .xlsx, .zip ou .png.</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist.</source>
        <translation>{path} : le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder.</source>
        <translation>{path} est un dossier.</translation>
    </message>
    <message>
        <source>the PNG of the annotated timeline is made from the console's review page for now; from here, export a .pdf, .csv, .xlsx or .zip.</source>
        <translation>l’image PNG de la frise annotée se fait pour l’instant depuis la page Relecture de la console ; d’ici, exportez un .pdf, .csv, .xlsx ou .zip.</translation>
    </message>
    <message>
        <source>page {done} of {total}</source>
        <translation>page {done} sur {total}</translation>
    </message>
    <message>
        <source>PNG export is not available here.</source>
        <translation>L’export PNG n’est pas disponible ici.</translation>
    </message>
    <message>
        <source>list decks, workshops, scenarios, timelines, matrices, or a workshop's participants, one per line</source>
        <translation>lister les jeux, ateliers, scénarios, frises, matrices, ou les participants d’un atelier, un par ligne</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>what to list: decks, workshops, scenarios, timelines, matrices or participants</source>
        <translation>ce qu’il faut lister : decks (jeux), workshops (ateliers), scenarios, timelines (frises), matrices ou participants</translation>
    </message>
    <message>
        <source>WORKSHOP</source>
        <translation>ATELIER</translation>
    </message>
    <message>
        <source>for participants: the workshop's id or exact title</source>
        <translation>pour participants : le numéro ou le titre exact de l’atelier</translation>
    </message>
    <message>
        <source>list participants needs a WORKSHOP (its id or exact title).</source>
        <translation>list participants demande un ATELIER (son numéro ou son titre exact).</translation>
    </message>
    <message>
        <source>only list participants takes a WORKSHOP.</source>
        <translation>seul list participants prend un WORKSHOP.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number from {low} to {high}.</source>
        <translation>« {value} » n’est pas un nombre entier de {low} à {high}.</translation>
    </message>
    <message>
        <source>let participants write notes from their phones; prints the join address</source>
        <translation>laisser les participants écrire des notes depuis leur téléphone ; affiche l’adresse pour rejoindre</translation>
    </message>
    <message>
        <source>the address of the one network interface to listen on (default: 127.0.0.1)</source>
        <translation>l’adresse de la seule interface réseau à écouter (par défaut : 127.0.0.1)</translation>
    </message>
    <message>
        <source>the port (default: 0, any free port)</source>
        <translation>le port (par défaut : 0, un port libre quelconque)</translation>
    </message>
    <message>
        <source>direct: notes go to their target; tray: they wait in the to-sort tray</source>
        <translation>direct : les notes vont à leur place ; tray : elles attendent dans le bac « À trier »</translation>
    </message>
    <message>
        <source>open a vote round with N dots per phone (default: none)</source>
        <translation>ouvrir un tour de vote avec N points par téléphone (par défaut : aucun)</translation>
    </message>
    <message>
        <source>Short address: {address} — room code: {code}</source>
        <translation>Adresse courte : {address} — code de la salle : {code}</translation>
    </message>
    <message>
        <source>check the database file and its backups (integrity, references); changes nothing</source>
        <translation>vérifier le fichier de la base et ses sauvegardes (intégrité, références) ; ne modifie rien</translation>
    </message>
    <message>
        <source>put a backup back in place of the database (default: the newest good one)</source>
        <translation>remettre une sauvegarde à la place de la base (par défaut : la plus récente qui soit saine)</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>SAUVEGARDE</translation>
    </message>
    <message>
        <source>workshop-studio: only an SQLite database file can be checked or restored.</source>
        <translation>workshop-studio : seul un fichier de base SQLite peut être vérifié ou restauré.</translation>
    </message>
    <message>
        <source>none (not a Workshop Studio database)</source>
        <translation>aucun (pas une base Workshop Studio)</translation>
    </message>
    <message>
        <source>{revision} (this version's)</source>
        <translation>{revision} (celui de cette version)</translation>
    </message>
    <message>
        <source>{revision} (older: upgraded when next opened)</source>
        <translation>{revision} (plus ancien : mis à jour à la prochaine ouverture)</translation>
    </message>
    <message>
        <source>{revision} (made by a newer version of Workshop Studio)</source>
        <translation>{revision} (créé par une version plus récente de Workshop Studio)</translation>
    </message>
    <message>
        <source>backups: none in {folder}</source>
        <translation>sauvegardes : aucune dans {folder}</translation>
    </message>
    <message>
        <source>backups: {count} in {folder}</source>
        <translation>sauvegardes : {count} dans {folder}</translation>
    </message>
    <message>
        <source>good</source>
        <translation>saine</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ENDOMMAGÉE</translation>
    </message>
    <message>
        <source>database: {path}</source>
        <translation>base : {path}</translation>
    </message>
    <message>
        <source>integrity: no such file</source>
        <translation>intégrité : fichier introuvable</translation>
    </message>
    <message>
        <source>integrity: the file is empty (0 bytes)</source>
        <translation>intégrité : le fichier est vide (0 octet)</translation>
    </message>
    <message>
        <source>integrity: not an SQLite file</source>
        <translation>intégrité : ce n’est pas un fichier SQLite</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>integrity: {result}</source>
        <translation>intégrité : {result}</translation>
    </message>
    <message>
        <source>{count} row(s) point at nothing, first: {row}</source>
        <translation>lignes pointant vers rien : {count} ; la première : {row}</translation>
    </message>
    <message>
        <source>references: {result}</source>
        <translation>références : {result}</translation>
    </message>
    <message>
        <source>schema: {schema}</source>
        <translation>schéma : {schema}</translation>
    </message>
    <message>
        <source>copy a whole database (library, workshops, notes, pictograms) into a new, empty one: a file to a server or back</source>
        <translation>copier une base entière (bibliothèque, ateliers, notes, pictogrammes) dans une base neuve et vide : d’un fichier vers un serveur, ou l’inverse</translation>
    </message>
    <message>
        <source>PATH|URL</source>
        <translation>CHEMIN|URL</translation>
    </message>
    <message>
        <source>the database to copy (a file or postgresql://user@host/name)</source>
        <translation>la base à copier (un fichier ou postgresql://utilisateur@hôte/nom)</translation>
    </message>
    <message>
        <source>the empty database to fill (a new file, or an empty server database)</source>
        <translation>la base vide à remplir (un nouveau fichier, ou une base vide sur un serveur)</translation>
    </message>
    <message>
        <source>{count} rows copied, every table's count checked.</source>
        <translation>{count} lignes copiées, le compte de chaque table vérifié.</translation>
    </message>
    <message>
        <source>a deck's id or exact name {where} (repeatable)</source>
        <translation>le numéro ou le nom exact d’un jeu {where} (peut être répété)</translation>
    </message>
    <message>
        <source>a timeline template's id or exact name {where} (repeatable)</source>
        <translation>le numéro ou le nom exact d’un modèle de frise {where} (peut être répété)</translation>
    </message>
    <message>
        <source>a scenario's id or exact title {where} (repeatable)</source>
        <translation>le numéro ou le titre exact d’un scénario {where} (peut être répété)</translation>
    </message>
    <message>
        <source>a matrix's id or exact name {where} (repeatable)</source>
        <translation>le numéro ou le nom exact d’une matrice {where} (peut être répété)</translation>
    </message>
    <message>
        <source>ID|NAME</source>
        <translation>NUMÉRO|NOM</translation>
    </message>
    <message>
        <source>every deck, timeline template, scenario and matrix {where}</source>
        <translation>tous les jeux, modèles de frise, scénarios et matrices {where}</translation>
    </message>
    <message>
        <source>copy chosen decks, timeline templates, scenarios and matrices from this database to the team's library; nothing there is overwritten</source>
        <translation>copier des jeux, modèles de frise, scénarios et matrices choisis de cette base vers la bibliothèque d’équipe ; rien n’y est écrasé</translation>
    </message>
    <message>
        <source>URL|PATH</source>
        <translation>URL|CHEMIN</translation>
    </message>
    <message>
        <source>the team's library: postgresql://user@host/name or a database file</source>
        <translation>la bibliothèque d’équipe : postgresql://utilisateur@serveur/nom ou un fichier de base</translation>
    </message>
    <message>
        <source>in this database</source>
        <translation>de cette base</translation>
    </message>
    <message>
        <source>copy chosen decks, timeline templates, scenarios and matrices from the team's library into this database; nothing here is overwritten</source>
        <translation>copier des jeux, modèles de frise, scénarios et matrices choisis de la bibliothèque d’équipe vers cette base ; rien n’y est écrasé</translation>
    </message>
    <message>
        <source>in the team's library</source>
        <translation>de la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>name what to copy: --deck, --timeline, --scenario, --matrix or --all.</source>
        <translation>nommez ce qu’il faut copier : --deck, --timeline, --scenario, --matrix ou --all.</translation>
    </message>
    <message>
        <source>Published to {other}.</source>
        <translation>Publié dans {other}.</translation>
    </message>
    <message>
        <source>Pulled from {other}.</source>
        <translation>Repris depuis {other}.</translation>
    </message>
</context>
<context>
    <name>ColourSwatches</name>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Sky blue</source>
        <translation>Bleu ciel</translation>
    </message>
    <message>
        <source>Bluish green</source>
        <translation>Vert bleuté</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Vermillion</source>
        <translation>Vermillon</translation>
    </message>
    <message>
        <source>Reddish purple</source>
        <translation>Pourpre</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
    <message>
        <source>The kind's colour (%1)</source>
        <translation>La couleur du type (%1)</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Merged</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Workshops compared</source>
        <translation>Ateliers comparés</translation>
    </message>
    <message>
        <source>per kind</source>
        <translation>par type</translation>
    </message>
    <message>
        <source>per role</source>
        <translation>par rôle</translation>
    </message>
    <message>
        <source>Notes compared side by side</source>
        <translation>Notes comparées côte à côte</translation>
    </message>
    <message>
        <source>Workshops that used the same timeline template:</source>
        <translation>Ateliers menés avec la même frise :</translation>
    </message>
    <message>
        <source>&amp;Count notes</source>
        <translation>&amp;Compter les notes</translation>
    </message>
    <message>
        <source>&amp;Side by side:</source>
        <translation>&amp;Côte à côte :</translation>
    </message>
    <message>
        <source>Workshops side by side</source>
        <translation>Ateliers côte à côte</translation>
    </message>
    <message>
        <source>Merged heat map</source>
        <translation>Carte de chaleur cumulée</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Tick at least one workshop.</source>
        <translation>Cochez au moins un atelier.</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s) compared on the same stages.</source>
        <translation>
            <numerusform>%n atelier comparé sur les mêmes étapes.</numerusform>
            <numerusform>%n ateliers comparés sur les mêmes étapes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merged heat map: %n workshop(s)</source>
        <translation>
            <numerusform>Carte de chaleur cumulée : %n atelier</numerusform>
            <numerusform>Carte de chaleur cumulée : %n ateliers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <source>deck</source>
        <translation>jeu de cartes</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>frise</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matrice</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>agenda step</source>
        <translation>étape du déroulé</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>synthesis</source>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>pictogram</source>
        <translation>pictogramme</translation>
    </message>
    <message>
        <source>card kind</source>
        <translation>catégorie de cartes</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>back</source>
        <translation>dos</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>exemplaires</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>story</source>
        <translation>récit</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>questions</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>visibility</source>
        <translation>visibilité</translation>
    </message>
    <message>
        <source>card size</source>
        <translation>format des cartes</translation>
    </message>
    <message>
        <source>Someone else deleted this {what} («{label}»); your change was not saved.</source>
        <translation>Quelqu’un d’autre a supprimé cet élément ({what} « {label} ») ; votre modification n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>Someone else changed this {what} («{label}»: {fields}) since you last loaded it; your change was not saved. Reload to see their version.</source>
        <translation>Quelqu’un d’autre a modifié cet élément ({what} « {label} » : {fields}) depuis votre dernier chargement ; votre modification n’a pas été enregistrée. Rechargez pour voir sa version.</translation>
    </message>
    <message>
        <source>Someone else changed this {what} («{label}») since you last loaded it; your change was not saved. Reload to see their version.</source>
        <translation>Quelqu’un d’autre a modifié cet élément ({what} « {label} ») depuis votre dernier chargement ; votre modification n’a pas été enregistrée. Rechargez pour voir sa version.</translation>
    </message>
    <message>
        <source>Someone else changed or deleted this at the same moment; your change was not saved. Reload to see their version.</source>
        <translation>Quelqu’un d’autre a modifié ou supprimé cet élément au même moment ; votre modification n’a pas été enregistrée. Rechargez pour voir sa version.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Timelines</source>
        <translation>Frises</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Print cards…</source>
        <translation>Im&amp;primer des cartes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Workshop</source>
        <translation>A&amp;telier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Workshop Studio</source>
        <translation>À &amp;propos de Workshop Studio</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New Note…</source>
        <translation>&amp;Nouvelle note…</translation>
    </message>
    <message>
        <source>Type what a participant says (from anywhere in the console)</source>
        <translation>Saisir ce que dit un participant (depuis n’importe quel écran de la console)</translation>
    </message>
    <message>
        <source>&amp;Undo “%1”</source>
        <translation>&amp;Annuler « %1 »</translation>
    </message>
    <message>
        <source>&amp;Redo “%1”</source>
        <translation>&amp;Rétablir « %1 »</translation>
    </message>
    <message>
        <source>&amp;Import a deck…</source>
        <translation>&amp;Importer un jeu…</translation>
    </message>
    <message>
        <source>&amp;Export the deck…</source>
        <translation>&amp;Exporter le jeu…</translation>
    </message>
    <message>
        <source>Import pi&amp;ctograms…</source>
        <translation>Importer des pi&amp;ctogrammes…</translation>
    </message>
    <message>
        <source>About Workshop Studio</source>
        <translation>À propos de Workshop Studio</translation>
    </message>
    <message>
        <source>Workshop Studio %1

Cards, pictograms, scenarios and the recruitment follow-up timeline on one shared screen.

Database: %2</source>
        <translation>Workshop Studio %1

Cartes, pictogrammes, scénarios et frise de suivi du recrutement sur un écran partagé.

Base de données : %2</translation>
    </message>
    <message>
        <source>Preparing the database…</source>
        <translation>Préparation de la base de données…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>The daily backup could not be written: %1</source>
        <translation>La sauvegarde du jour n’a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>La base de données n’a pas pu être ouverte.

%1</translation>
    </message>
</context>
<context>
    <name>Copy</name>
    <message>
        <source>{source}: no such database file; nothing was copied.</source>
        <translation>{source} : ce fichier de base de données n’existe pas ; rien n’a été copié.</translation>
    </message>
    <message>
        <source>{table}: {copied} rows arrived of {expected}; nothing was copied.</source>
        <translation>{table} : {copied} lignes arrivées sur {expected} ; rien n’a été copié.</translation>
    </message>
    <message>
        <source>{target}: {reason}; nothing was copied.</source>
        <translation>{target} : {reason} ; rien n’a été copié.</translation>
    </message>
    <message>
        <source>{target} already holds data ({tables}); copy into a new, empty database.</source>
        <translation>{target} contient déjà des données ({tables}) ; copiez dans une base neuve et vide.</translation>
    </message>
</context>
<context>
    <name>CountTableModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CountTableView</name>
    <message>
        <source>%1: totals</source>
        <translation>%1 : totaux</translation>
    </message>
</context>
<context>
    <name>CountsTab</name>
    <message>
        <source>Notes per stage and kind</source>
        <translation>Notes par étape et par type</translation>
    </message>
    <message>
        <source>Notes per stage and role</source>
        <translation>Notes par étape et par rôle</translation>
    </message>
    <message>
        <source>Per stage and kind</source>
        <translation>Par étape et par type</translation>
    </message>
    <message>
        <source>Per stage and role</source>
        <translation>Par étape et par rôle</translation>
    </message>
    <message>
        <source>Notes pinned to a stage, after the filters. Each cell prints its number; the darker, the more notes.</source>
        <translation>Notes épinglées sur une étape, après les filtres. Chaque case affiche son nombre ; plus elle est foncée, plus il y a de notes.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path}: this database was made by a newer version of Workshop Studio (schema “{revision}”); this version cannot open it. Nothing was changed: open it with the newer version.</source>
        <translation>{path} : cette base a été créée par une version plus récente de Workshop Studio (schéma « {revision} ») ; cette version ne peut pas l’ouvrir. Rien n’a été modifié : ouvrez-la avec la version plus récente.</translation>
    </message>
    <message>
        <source>It must first be upgraded for this version, which needs writing.</source>
        <translation>Elle doit d’abord être mise à jour pour cette version, ce qui demande d’écrire.</translation>
    </message>
    <message>
        <source>migration to {revision} would break {count} reference(s)</source>
        <translation>la migration vers {revision} casserait des références ({count})</translation>
    </message>
    <message>
        <source>{url}: only SQLite files and PostgreSQL servers are supported</source>
        <translation>{url} : seuls les fichiers SQLite et les serveurs PostgreSQL sont pris en charge</translation>
    </message>
    <message>
        <source>No good backup of it was found in {folder}.</source>
        <translation>Aucune sauvegarde saine n’a été trouvée dans {folder}.</translation>
    </message>
    <message>
        <source>The last good backup is {backup}: “{command}” puts it back (this file is kept aside).</source>
        <translation>La dernière sauvegarde saine est {backup} : « {command} » la remet en place (ce fichier est mis de côté).</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a database file</source>
        <translation>{path} : c’est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>{path}: the file is empty (0 bytes): it holds no database, and nothing was written to it.</source>
        <translation>{path} : le fichier est vide (0 octet) : il ne contient aucune base, et rien n’y a été écrit.</translation>
    </message>
    <message>
        <source>{path}: not a Workshop Studio database (not an SQLite file)</source>
        <translation>{path} : pas une base Workshop Studio (ce n’est pas un fichier SQLite)</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({detail}); nothing was written to it.</source>
        <translation>{path} : la base est endommagée ({detail}) ; rien n’y a été écrit.</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({detail}); no backup was taken of it.</source>
        <translation>{path} : la base est endommagée ({detail}) ; aucune sauvegarde n’en a été faite.</translation>
    </message>
    <message>
        <source>the backup came out empty</source>
        <translation>la sauvegarde est vide</translation>
    </message>
    <message>
        <source>{folder}: no backup could be written ({detail}).</source>
        <translation>{folder} : aucune sauvegarde n’a pu être écrite ({detail}).</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} is read-only: no database can be created there.</source>
        <translation>{path} : le dossier {folder} est en lecture seule : aucune base ne peut y être créée.</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} is read-only: the database can be read here but not changed.</source>
        <translation>{path} : le dossier {folder} est en lecture seule : la base peut y être lue mais pas modifiée.</translation>
    </message>
    <message>
        <source>{path}: the database file is read-only: it can be read here but not changed.</source>
        <translation>{path} : le fichier de la base est en lecture seule : il peut être lu mais pas modifié.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>la base de données</translation>
    </message>
    <message>
        <source>{path}: the database is busy: another program has been writing to it for more than {seconds} s. Nothing was written; try again when it is done.</source>
        <translation>{path} : la base est occupée : un autre programme y écrit depuis plus de {seconds} s. Rien n’a été écrit ; réessayez quand il aura fini.</translation>
    </message>
    <message>
        <source>{path}: the database is busy: another program is writing to it. Nothing was written; try again.</source>
        <translation>{path} : la base est occupée : un autre programme y écrit. Rien n’a été écrit ; réessayez.</translation>
    </message>
    <message>
        <source>{path}: the database is read-only.</source>
        <translation>{path} : la base est en lecture seule.</translation>
    </message>
    <message>
        <source>{path}: the disk is full: nothing was written. Free some space, then try again.</source>
        <translation>{path} : le disque est plein : rien n’a été écrit. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({detail}). Run “{command}”.</source>
        <translation>{path} : la base est endommagée ({detail}). Lancez « {command} ».</translation>
    </message>
    <message>
        <source>{path}: the disk could not be read or written ({detail}); nothing was written.</source>
        <translation>{path} : le disque n’a pas pu être lu ou écrit ({detail}) ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{path}: the database cannot be opened (its folder is missing or out of reach).</source>
        <translation>{path} : la base ne peut pas être ouverte (son dossier manque ou est inaccessible).</translation>
    </message>
    <message>
        <source>{path}: no good backup was found to restore.</source>
        <translation>{path} : aucune sauvegarde saine à restaurer.</translation>
    </message>
    <message>
        <source>{path}: this backup is missing, empty or damaged; nothing was restored.</source>
        <translation>{path} : cette sauvegarde est absente, vide ou endommagée ; rien n’a été restauré.</translation>
    </message>
    <message>
        <source>the copy of the backup does not pass the integrity check</source>
        <translation>la copie de la sauvegarde ne passe pas la vérification d’intégrité</translation>
    </message>
    <message>
        <source>{path}: the backup could not be restored ({detail}); nothing was changed.</source>
        <translation>{path} : la sauvegarde n’a pas pu être restaurée ({detail}) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database server {host} cannot be reached; nothing was lost, and the app retries.</source>
        <translation>Le serveur de base de données {host} est injoignable ; rien n’est perdu, l’application réessaie.</translation>
    </message>
    <message>
        <source>Your database role «{role}» may not change this: it can read only. Ask the server's administrator for write access.</source>
        <translation>Votre rôle de base de données « {role} » ne peut pas modifier ceci : il est en lecture seule. Demandez l’accès en écriture à l’administrateur du serveur.</translation>
    </message>
</context>
<context>
    <name>DatabaseFailureBox</name>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>The database could not be opened.

%1</source>
        <translation>La base de données n’a pas pu être ouverte.

%1</translation>
    </message>
    <message>
        <source>The last good backup is %1. Restoring it puts it in place of the damaged file, which is kept aside in the same folder, never deleted.</source>
        <translation>La dernière sauvegarde saine est %1. La restaurer la met à la place du fichier endommagé, qui est mis de côté dans le même dossier, jamais supprimé.</translation>
    </message>
    <message>
        <source>&amp;Restore the Last Good Backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde saine</translation>
    </message>
    <message>
        <source>Backup %1 restored.</source>
        <translation>Sauvegarde %1 restaurée.</translation>
    </message>
    <message>
        <source>The damaged file is kept as %1.</source>
        <translation>Le fichier endommagé est conservé sous le nom %1.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>Monday</source>
        <translation>lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>dimanche</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>{weekday}, {month} {day}, {year}</source>
        <translation>{weekday} {day} {month} {year}</translation>
    </message>
</context>
<context>
    <name>DeckColumns</name>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>body</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>pictogram</source>
        <translation>pictogramme</translation>
    </message>
    <message>
        <source>back</source>
        <translation>dos</translation>
    </message>
    <message>
        <source>copies</source>
        <translation>exemplaires</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>couleur</translation>
    </message>
</context>
<context>
    <name>DeckCsv</name>
    <message>
        <source>unreadable characters: the file is neither UTF-8 nor Windows-1252; save it as “CSV UTF-8”.</source>
        <translation>caractères illisibles : le fichier n’est ni en UTF-8 ni en Windows-1252 ; enregistrez-le en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>this cell runs over {count} lines that look like rows of their own: a quote (") opened here is probably closed rows later. Check the quotes in this row.</source>
        <translation>cette cellule s’étend sur {count} lignes qui ressemblent chacune à une ligne du tableau : un guillemet (") ouvert ici n’est sans doute fermé que plusieurs lignes plus bas. Vérifiez les guillemets de cette ligne.</translation>
    </message>
    <message>
        <source>this cell is longer than {max} characters (or a quote opened here is never closed).</source>
        <translation>cette cellule dépasse {max} caractères (ou un guillemet ouvert ici n’est jamais fermé).</translation>
    </message>
    <message>
        <source>a quote (") opened in this row is not closed where it should be, so the rows after it would run into one cell ({detail}). Check the quotes in this row.</source>
        <translation>un guillemet (") ouvert dans cette ligne n’est pas fermé où il faut : les lignes suivantes se fondraient en une seule cellule ({detail}). Vérifiez les guillemets de cette ligne.</translation>
    </message>
    <message>
        <source>the file is in UTF-16 (“Unicode text”); save it as “CSV UTF-8” instead.</source>
        <translation>le fichier est en UTF-16 (« Texte Unicode ») ; enregistrez-le plutôt en « CSV UTF-8 ».</translation>
    </message>
    <message>
        <source>this is not a text file; if it is a workbook, save it as .xlsx or CSV.</source>
        <translation>ce n’est pas un fichier texte ; si c’est un classeur, enregistrez-le en .xlsx ou en CSV.</translation>
    </message>
</context>
<context>
    <name>DeckFiles</name>
    <message>
        <source>no such file.</source>
        <translation>ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>a deck file ends in .csv, .xlsx, .ods or .json, not “{suffix}”.</source>
        <translation>un fichier de jeu se termine par .csv, .xlsx, .ods ou .json, pas « {suffix} ».</translation>
    </message>
    <message>
        <source>no pictogram has the key or label “{name}”.</source>
        <translation>aucun pictogramme n’a la clé ou le libellé « {name} ».</translation>
    </message>
    <message>
        <source>A deck is exported as .csv, .xlsx or .json, not “{suffix}”.</source>
        <translation>Un jeu s’exporte en .csv, .xlsx ou .json, pas en « {suffix} ».</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>Deck files (*.csv *.xlsx *.ods *.json);;All files (*)</source>
        <translation>Fichiers de jeu (*.csv *.xlsx *.ods *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a deck</source>
        <translation>Importer un jeu</translation>
    </message>
    <message>
        <source>Import the known columns and leave the others out</source>
        <translation>Importer les colonnes connues et laisser les autres de côté</translation>
    </message>
    <message numerus="yes">
        <source>Deck “%1” imported: %n card(s) — Ctrl+Z to undo</source>
        <translation>
            <numerusform>Jeu « %1 » importé : %n carte — Ctrl+Z pour annuler</numerusform>
            <numerusform>Jeu « %1 » importé : %n cartes — Ctrl+Z pour annuler</numerusform>
        </translation>
    </message>
    <message>
        <source>(columns left out: %1)</source>
        <translation>(colonnes laissées de côté : %1)</translation>
    </message>
    <message>
        <source>Export the deck</source>
        <translation>Exporter le jeu</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) exported to %1</source>
        <translation>
            <numerusform>%n carte exportée dans %1</numerusform>
            <numerusform>%n cartes exportées dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Pictograms (*.svg *.png *.jpg *.jpeg *.webp)</source>
        <translation>Pictogrammes (*.svg *.png *.jpg *.jpeg *.webp)</translation>
    </message>
    <message>
        <source>Imported, but these will not print exactly as drawn:</source>
        <translation>Importés, mais ceux-ci ne s’imprimeront pas exactement comme dessinés :</translation>
    </message>
    <message>
        <source>Import pictograms</source>
        <translation>Importer des pictogrammes</translation>
    </message>
    <message>
        <source>Checking the pictograms…</source>
        <translation>Vérification des pictogrammes…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking %1 (%2 of %3)…</source>
        <translation>Vérification de %1 (%2 sur %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%n pictogram(s) imported — give them labels in the library</source>
        <translation>
            <numerusform>%n pictogramme importé — donnez-lui un libellé dans la bibliothèque</numerusform>
            <numerusform>%n pictogrammes importés — donnez-leur un libellé dans la bibliothèque</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckFilesUi</name>
    <message>
        <source>{refused} of {total} files refused; nothing was imported:</source>
        <translation>{refused} fichiers sur {total} refusés ; rien n’a été importé :</translation>
    </message>
</context>
<context>
    <name>DeckHeader</name>
    <message>
        <source>Deck name</source>
        <translation>Nom du jeu</translation>
    </message>
    <message>
        <source>The deck's name (click to rename)</source>
        <translation>Le nom du jeu (cliquez pour le renommer)</translation>
    </message>
    <message>
        <source>What this deck is for</source>
        <translation>À quoi sert ce jeu</translation>
    </message>
    <message>
        <source>Deck description</source>
        <translation>Description du jeu</translation>
    </message>
    <message>
        <source>Card size</source>
        <translation>Format des cartes</translation>
    </message>
    <message>
        <source>Kind on cards</source>
        <translation>Type sur les cartes</translation>
    </message>
    <message>
        <source>Print each card's kind above its title (a general deck may do without)</source>
        <translation>Imprimer le type de chaque carte au-dessus de son titre (un jeu généraliste peut s’en passer)</translation>
    </message>
    <message>
        <source>Kinds…</source>
        <translation>Types…</translation>
    </message>
    <message>
        <source>The deck's own card kinds: their labels and colours</source>
        <translation>Les types de cartes propres au jeu : leurs libellés et leurs couleurs</translation>
    </message>
</context>
<context>
    <name>DeckJson</name>
    <message>
        <source>text expected.</source>
        <translation>texte attendu.</translation>
    </message>
    <message>
        <source>this field may not be empty.</source>
        <translation>ce champ ne peut pas être vide.</translation>
    </message>
    <message>
        <source>this field holds {count} characters; at most {max}.</source>
        <translation>ce champ contient {count} caractères ; {max} au plus.</translation>
    </message>
    <message>
        <source>a card must be an object.</source>
        <translation>une carte doit être un objet.</translation>
    </message>
    <message>
        <source>a deck has at most {max} kinds of its own.</source>
        <translation>un jeu a au plus {max} types qui lui sont propres.</translation>
    </message>
    <message>
        <source>copies must be a whole number from 0 to 999.</source>
        <translation>le nombre d’exemplaires doit être un entier de 0 à 999.</translation>
    </message>
    <message>
        <source>“{value}” is not a colour (a palette name or #RRGGBB).</source>
        <translation>« {value} » n’est pas une couleur (un nom de la palette ou #RRVVBB).</translation>
    </message>
    <message>
        <source>a pictogram must be an object.</source>
        <translation>un pictogramme doit être un objet.</translation>
    </message>
    <message>
        <source>the picture is not valid base64.</source>
        <translation>l’image n’est pas un base64 valide.</translation>
    </message>
    <message>
        <source>the file is larger than {size} MB.</source>
        <translation>le fichier dépasse {size} Mo.</translation>
    </message>
    <message>
        <source>not a readable JSON file ({detail}).</source>
        <translation>fichier JSON illisible ({detail}).</translation>
    </message>
    <message>
        <source>not a Workshop Studio deck file.</source>
        <translation>ce n’est pas un fichier de jeu Workshop Studio.</translation>
    </message>
    <message>
        <source>the deck has no cards.</source>
        <translation>le jeu ne contient aucune carte.</translation>
    </message>
    <message>
        <source>a deck holds at most {max} cards; split the file.</source>
        <translation>un jeu compte au plus {max} cartes ; découpez le fichier.</translation>
    </message>
    <message>
        <source>“deck” must be an object.</source>
        <translation>« deck » doit être un objet.</translation>
    </message>
    <message>
        <source>“pictograms” must be a list of at most {max}.</source>
        <translation>« pictograms » doit être une liste de {max} éléments au plus.</translation>
    </message>
    <message>
        <source>“kinds” must be a list of at most {max}.</source>
        <translation>« kinds » doit être une liste d’au plus {max} éléments.</translation>
    </message>
</context>
<context>
    <name>DeckKinds</name>
    <message>
        <source>This card kind no longer exists.</source>
        <translation>Ce type de carte n’existe plus.</translation>
    </message>
    <message>
        <source>kind label</source>
        <translation>libellé du type</translation>
    </message>
    <message>
        <source>“{value}” is not a colour (a palette name or #RRGGBB).</source>
        <translation>« {value} » n’est pas une couleur (un nom de la palette ou #RRVVBB).</translation>
    </message>
</context>
<context>
    <name>DeckKindsDialog</name>
    <message>
        <source>The deck's card kinds</source>
        <translation>Les types de cartes du jeu</translation>
    </message>
    <message>
        <source>Kinds this deck brought with it. Their label and colour are printed on its cards.</source>
        <translation>Les types que ce jeu a apportés avec lui. Leur libellé et leur couleur s’impriment sur ses cartes.</translation>
    </message>
    <message>
        <source>Kind label</source>
        <translation>Libellé du type</translation>
    </message>
    <message>
        <source>Kind colour</source>
        <translation>Couleur du type</translation>
    </message>
</context>
<context>
    <name>DeckListPanel</name>
    <message>
        <source>Decks</source>
        <translation>Jeux</translation>
    </message>
    <message>
        <source>New deck</source>
        <translation>Nouveau jeu</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>A copy of this deck and its cards</source>
        <translation>Une copie de ce jeu et de ses cartes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this deck and its cards (Ctrl+Z brings it back)</source>
        <translation>Supprimer ce jeu et ses cartes (Ctrl+Z le fait revenir)</translation>
    </message>
    <message>
        <source>Delete deck</source>
        <translation>Supprimer le jeu</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Deck “%1” deleted — Ctrl+Z to undo</source>
        <translation>Jeu « %1 » supprimé — Ctrl+Z pour annuler</translation>
    </message>
</context>
<context>
    <name>DeckOds</name>
    <message>
        <source>this is not a readable OpenDocument spreadsheet ({detail}).</source>
        <translation>ce n’est pas un classeur OpenDocument lisible ({detail}).</translation>
    </message>
    <message>
        <source>no content.xml inside</source>
        <translation>pas de content.xml à l’intérieur</translation>
    </message>
    <message>
        <source>the spreadsheet unpacks to too much data to be a deck.</source>
        <translation>le classeur se décompresse en trop de données pour être un jeu.</translation>
    </message>
    <message>
        <source>this cell is beyond column {last}: a deck sheet is read up to column {last}. Move or delete it.</source>
        <translation>cette cellule est au-delà de la colonne {last} : une feuille de jeu est lue jusqu’à la colonne {last}. Déplacez-la ou supprimez-la.</translation>
    </message>
</context>
<context>
    <name>DeckPdf</name>
    <message>
        <source>PDF printing</source>
        <translation>Impression PDF</translation>
    </message>
    <message>
        <source>card size (default: the deck's own size, else poker)</source>
        <translation>format des cartes (par défaut : celui du jeu, sinon poker)</translation>
    </message>
    <message>
        <source>paper for office sheets (default: a4)</source>
        <translation>papier des planches bureautiques (par défaut : a4)</translation>
    </message>
    <message>
        <source>sheet: cards sharing cut lines; sheet-bleed: each card with its bleed; print-shop: one card side per page (default: sheet)</source>
        <translation>sheet : cartes partageant leurs traits de coupe ; sheet-bleed : chaque carte avec ses fonds perdus ; print-shop : une face de carte par page, pour l’imprimeur (par défaut : sheet)</translation>
    </message>
    <message>
        <source>print the backs: duplex flipped on the long or short edge, or folded for printers without duplex (default: none)</source>
        <translation>imprimer les versos : recto verso bord long ou bord court, ou pliage pour les imprimantes sans recto verso (par défaut : none)</translation>
    </message>
    <message>
        <source>bleed in mm for sheet-bleed and print-shop (default: 3, 3.175 for US sizes)</source>
        <translation>fonds perdus en mm pour sheet-bleed et print-shop (par défaut : 3, 3,175 pour les formats US)</translation>
    </message>
    <message>
        <source>space between cards on sheet-bleed, in mm (default: 2)</source>
        <translation>espace entre les cartes en sheet-bleed, en mm (par défaut : 2)</translation>
    </message>
    <message>
        <source>draw crop marks (default for sheets)</source>
        <translation>tracer les traits de coupe (par défaut pour les planches)</translation>
    </message>
    <message>
        <source>leave out the crop marks (default for print-shop)</source>
        <translation>sans traits de coupe (par défaut pour print-shop)</translation>
    </message>
    <message>
        <source>print a unique number on each golden ticket</source>
        <translation>imprimer un numéro unique sur chaque ticket d’or</translation>
    </message>
    <message>
        <source>number of the first golden ticket (default: 1)</source>
        <translation>numéro du premier ticket d’or (par défaut : 1)</translation>
    </message>
    <message>
        <source>move the backs right and down by this much, in mm, as read on the calibration sheet</source>
        <translation>décaler les versos d’autant vers la droite et vers le bas, en mm, comme lu sur la page de calibrage</translation>
    </message>
    <message>
        <source>write the duplex calibration sheet instead of the cards</source>
        <translation>produire la page de calibrage recto verso au lieu des cartes</translation>
    </message>
    <message>
        <source>{path}: duplex calibration sheet (2 pages).</source>
        <translation>{path} : page de calibrage recto verso (2 pages).</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages</translation>
    </message>
    <message>
        <source>1 card</source>
        <translation>1 carte</translation>
    </message>
    <message>
        <source>{count} cards</source>
        <translation>{count} cartes</translation>
    </message>
    <message>
        <source>{path}: {pages}, {cards} ({per_page} per {orientation} page).</source>
        <translation>{path} : {pages}, {cards} ({per_page} par page, {orientation}).</translation>
    </message>
    <message>
        <source>warning: {problem}</source>
        <translation>attention : {problem}</translation>
    </message>
    <message>
        <source>The calibration sheet is for double-sided office printing: choose long-edge or short-edge backs.</source>
        <translation>La page de calibrage sert à l’impression recto verso au bureau : choisissez des versos bord long ou bord court.</translation>
    </message>
    <message>
        <source>long edge</source>
        <translation>bord long</translation>
    </message>
    <message>
        <source>short edge</source>
        <translation>bord court</translation>
    </message>
    <message>
        <source>Duplex calibration (front)</source>
        <translation>Calibrage recto verso (recto)</translation>
    </message>
    <message>
        <source>1. Print this sheet double-sided, flipping on the {edge}, at actual size (100 %).</source>
        <translation>1. Imprimez cette feuille en recto verso, retournée sur le {edge}, en taille réelle (100 %).</translation>
    </message>
    <message>
        <source>2. Hold it against a light and look at the back: each cross of this side shows through on a pair of scales.</source>
        <translation>2. Regardez le verso à contre-jour : chaque croix de cette face apparaît par transparence sur une paire de réglettes.</translation>
    </message>
    <message>
        <source>3. Read the scales where the cross's lines fall (right and down are positive) and enter the two numbers as this printer's back offset, in mm.</source>
        <translation>3. Lisez sur les réglettes où tombent les traits de la croix (vers la droite et vers le bas, c’est positif) et saisissez ces deux nombres comme décalage du verso de cette imprimante, en mm.</translation>
    </message>
    <message>
        <source>Duplex calibration (back)</source>
        <translation>Calibrage recto verso (verso)</translation>
    </message>
    <message>
        <source>Read here where the front's crosses fall. If they are far from every scale, print again flipping on the other edge.</source>
        <translation>Lisez ici où tombent les croix du recto. Si elles sont loin de toutes les réglettes, imprimez de nouveau en retournant sur l’autre bord.</translation>
    </message>
    <message>
        <source>There is no card to print.</source>
        <translation>Il n’y a aucune carte à imprimer.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>“{title}”: the pictogram could not be drawn.</source>
        <translation>« {title} » : le pictogramme n’a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>“{title}”: no font has the characters “{chars}”; they print as empty boxes.</source>
        <translation>« {title} » : aucune police n’a les caractères « {chars} » ; ils s’impriment comme des cases vides.</translation>
    </message>
    <message>
        <source>“{title}”: the pictogram will not print exactly as drawn: {note}</source>
        <translation>« {title} » : le pictogramme ne s’imprimera pas exactement comme dessiné : {note}</translation>
    </message>
    <message>
        <source>Duplex calibration</source>
        <translation>Calibrage recto verso</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>No. {number}</source>
        <translation>N° {number}</translation>
    </message>
    <message>
        <source>Unknown {name} “{value}” (choose from {allowed}).</source>
        <translation>{name} inconnu « {value} » (choisir parmi {allowed}).</translation>
    </message>
    <message>
        <source>The bleed must be between 0 and {max} mm.</source>
        <translation>Les fonds perdus doivent être compris entre 0 et {max} mm.</translation>
    </message>
    <message>
        <source>The gutter must be between 0 and 50 mm.</source>
        <translation>L’espace entre les cartes doit être compris entre 0 et 50 mm.</translation>
    </message>
    <message>
        <source>The back offset must stay within ±{max} mm.</source>
        <translation>Le décalage du verso doit rester dans ±{max} mm.</translation>
    </message>
    <message>
        <source>Folded backs are for office sheets; a print shop gets fronts and backs on alternate pages.</source>
        <translation>Le pliage est pour les planches bureautiques ; pour l’imprimeur, rectos et versos alternent d’une page à l’autre.</translation>
    </message>
    <message>
        <source>Print between 1 and {max} sets.</source>
        <translation>Imprimez entre 1 et {max} jeux.</translation>
    </message>
    <message>
        <source>Ticket numbers start at 0 or more.</source>
        <translation>Les numéros de ticket commencent à 0 ou plus.</translation>
    </message>
    <message>
        <source>{size} cards do not fit on {paper} paper with this layout.</source>
        <translation>Des cartes {size} ne tiennent pas sur du papier {paper} avec cette mise en page.</translation>
    </message>
</context>
<context>
    <name>DeckTable</name>
    <message>
        <source>the file has more than {max} rows.</source>
        <translation>le fichier compte plus de {max} lignes.</translation>
    </message>
    <message>
        <source>this cell holds {count} characters; a card field holds at most {max}.</source>
        <translation>cette cellule contient {count} caractères ; un champ de carte en contient au plus {max}.</translation>
    </message>
    <message>
        <source>this cell is under no column header; give the column a name or empty it.</source>
        <translation>cette cellule n’est sous aucun en-tête de colonne ; nommez la colonne ou videz-la.</translation>
    </message>
    <message>
        <source>a deck holds at most {max} cards; split the file.</source>
        <translation>un jeu compte au plus {max} cartes ; découpez le fichier.</translation>
    </message>
    <message>
        <source>the title is empty (or holds only invisible characters).</source>
        <translation>le titre est vide (ou ne contient que des caractères invisibles).</translation>
    </message>
    <message>
        <source>the column “{name}” appears twice (or under two names).</source>
        <translation>la colonne « {name} » apparaît deux fois (ou sous deux noms).</translation>
    </message>
    <message>
        <source>unknown columns: {names}. The columns are: kind (type, category), title (titre, name, nom), body (texte, text, description), pictogram (pictogramme, image), back (dos), copies (exemplaires, quantity, count), colour (couleur). Rename or delete these columns, or import ignoring them.</source>
        <translation>colonnes inconnues : {names}. Les colonnes sont : type (kind, catégorie), titre (title, nom, name), texte (body, text, description), pictogramme (pictogram, image), dos (back), exemplaires (copies, quantité, nombre), couleur (colour). Renommez ou supprimez ces colonnes, ou importez en les ignorant.</translation>
    </message>
    <message>
        <source>no “title” (or “titre”, “name”, “nom”) column: each card needs a title.</source>
        <translation>pas de colonne « titre » (ou « title », « nom », « name ») : chaque carte a besoin d’un titre.</translation>
    </message>
    <message>
        <source>“{kind}” would be this deck's kind number {count}; a deck has at most {max} kinds of its own. Is this the right column?</source>
        <translation>« {kind} » serait le type numéro {count} de ce jeu ; un jeu a au plus {max} types qui lui sont propres. Est-ce la bonne colonne ?</translation>
    </message>
    <message>
        <source>“{value}” is not a number of copies (a whole number from 0 to {max}).</source>
        <translation>« {value} » n’est pas un nombre d’exemplaires (un nombre entier de 0 à {max}).</translation>
    </message>
    <message>
        <source>“{value}” is not a colour (a palette name or #RRGGBB).</source>
        <translation>« {value} » n’est pas une couleur (un nom de la palette ou #RRVVBB).</translation>
    </message>
    <message>
        <source>the file is empty: no header row and no cards.</source>
        <translation>le fichier est vide : ni ligne d’en-tête ni cartes.</translation>
    </message>
    <message>
        <source>there are no cards under the header row.</source>
        <translation>il n’y a aucune carte sous la ligne d’en-tête.</translation>
    </message>
</context>
<context>
    <name>DeckXlsx</name>
    <message>
        <source>this is not a valid .xlsx workbook</source>
        <translation>ce n’est pas un classeur .xlsx valide</translation>
    </message>
    <message>
        <source>this is an old .xls workbook or a password-protected one; save it as .xlsx without a password.</source>
        <translation>c’est un ancien classeur .xls ou un classeur protégé par mot de passe ; enregistrez-le en .xlsx sans mot de passe.</translation>
    </message>
    <message>
        <source>the workbook unpacks to too much data to be a deck.</source>
        <translation>le classeur se décompresse en trop de données pour être un jeu.</translation>
    </message>
    <message>
        <source>no workbook inside</source>
        <translation>aucun classeur à l’intérieur</translation>
    </message>
    <message>
        <source>the workbook holds XML declarations (DTD), which are not allowed.</source>
        <translation>le classeur contient des déclarations XML (DTD), qui ne sont pas autorisées.</translation>
    </message>
    <message>
        <source>no sheet</source>
        <translation>aucune feuille</translation>
    </message>
    <message>
        <source>this cell is beyond column {last}: a deck sheet is read up to column {last}. Move or delete it.</source>
        <translation>cette cellule est au-delà de la colonne {last} : une feuille de cartes est lue jusqu’à la colonne {last}. Déplacez-la ou supprimez-la.</translation>
    </message>
    <message>
        <source>this cell holds a formula ({formula}) whose result the file does not hold: open the workbook in your spreadsheet and save it again, or paste the values instead.</source>
        <translation>cette cellule contient une formule ({formula}) dont le fichier ne garde pas le résultat : ouvrez le classeur dans votre tableur et enregistrez-le de nouveau, ou collez plutôt les valeurs.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>No {what} has the id {id}.</source>
        <translation>Aucun élément ({what}) n’a le numéro {id}.</translation>
    </message>
    <message>
        <source>Several have the name “{name}” (ids {ids}): give the id instead.</source>
        <translation>Plusieurs portent le nom « {name} » (numéros {ids}) : donnez plutôt le numéro.</translation>
    </message>
    <message>
        <source>The {what} may not be empty.</source>
        <translation>Ce champ ({what}) ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The new order of the {what} must list each of them exactly once.</source>
        <translation>Le nouvel ordre ({what}) doit citer chaque élément exactement une fois.</translation>
    </message>
    <message>
        <source>Some items to move are not in this list.</source>
        <translation>Certains éléments à déplacer ne sont pas dans cette liste.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export the workshop</source>
        <translation>Exporter l’atelier</translation>
    </message>
    <message>
        <source>PDF report, A4 landscape</source>
        <translation>Compte rendu PDF, A4 paysage</translation>
    </message>
    <message>
        <source>PDF report, A3 landscape</source>
        <translation>Compte rendu PDF, A3 paysage</translation>
    </message>
    <message>
        <source>Notes table, CSV (spreadsheet)</source>
        <translation>Tableau des notes, CSV (tableur)</translation>
    </message>
    <message>
        <source>Notes table, Excel (XLSX)</source>
        <translation>Tableau des notes, Excel (XLSX)</translation>
    </message>
    <message>
        <source>Picture of the annotated timeline (PNG)</source>
        <translation>Image de la frise annotée (PNG)</translation>
    </message>
    <message>
        <source>Workshop archive (ZIP), to hand to a colleague</source>
        <translation>Archive de l’atelier (ZIP), à transmettre à un collègue</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Timeline by role (one lane per role), as on screen</source>
        <translation>Frise par rôle (un couloir par rôle), comme à l’écran</translation>
    </message>
    <message>
        <source>Anonymise (authors replaced by role and number)</source>
        <translation>Anonymiser (auteurs remplacés par leur rôle et un numéro)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
</context>
<context>
    <name>ExportDoneDialog</name>
    <message>
        <source>PDF saved</source>
        <translation>PDF enregistré</translation>
    </message>
    <message>
        <source>The PDF is ready</source>
        <translation>Le PDF est prêt</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>Print it at actual size (100 %), not “fit to page”.</source>
        <translation>Imprimez-le en taille réelle (100 %), pas en « ajuster à la page ».</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>These cards are printed, but not quite as designed (text shrunk or broken, pictogram missing):</source>
        <translation>Ces cartes sont imprimées, mais pas tout à fait comme prévu (texte réduit ou coupé, pictogramme manquant) :</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>Open its folder</source>
        <translation>Ouvrir son dossier</translation>
    </message>
</context>
<context>
    <name>ExportRunner</name>
    <message>
        <source>Making the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>The PDF could not be made</source>
        <translation>Le PDF n’a pas pu être créé</translation>
    </message>
    <message>
        <source>The calibration page could not be made</source>
        <translation>La page de calibrage n’a pas pu être créée</translation>
    </message>
    <message>
        <source>Calibration page saved</source>
        <translation>Page de calibrage enregistrée</translation>
    </message>
    <message>
        <source>%1

Print it double-sided at actual size (100 %) on the printer you will use, hold it against a light, read where each cross falls on the scales behind it, and enter the two numbers as this printer's back offset.</source>
        <translation>%1

Imprimez-la en recto verso, en taille réelle (100 %), sur l’imprimante que vous utiliserez, regardez-la à contre-jour, lisez où chaque croix tombe sur les réglettes au dos, et saisissez les deux nombres comme décalage du verso de cette imprimante.</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
</context>
<context>
    <name>FileIntake</name>
    <message>
        <source>the file is larger than {size} MB.</source>
        <translation>le fichier dépasse {size} Mo.</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Words in the note…</source>
        <translation>Mots de la note…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>Include notes hidden from the shared screen</source>
        <translation>Inclure les notes masquées sur l’écran partagé</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>Groups of notes</source>
        <translation>Regroupements de notes</translation>
    </message>
    <message>
        <source>No group yet. Select notes that say the same thing (on the timeline or in the table), then “Group…”.</source>
        <translation>Aucun regroupement pour l’instant. Sélectionnez des notes qui disent la même chose (sur la frise ou dans le tableau), puis « Regrouper… ».</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Regrouper…</translation>
    </message>
    <message>
        <source>Make a group of the selected notes</source>
        <translation>Regrouper les notes sélectionnées</translation>
    </message>
    <message>
        <source>&amp;Add to group</source>
        <translation>&amp;Ajouter au groupe</translation>
    </message>
    <message>
        <source>Put the selected notes into the chosen group</source>
        <translation>Mettre les notes sélectionnées dans le groupe choisi</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Ungroup</source>
        <translation>&amp;Dégrouper</translation>
    </message>
    <message>
        <source>Delete the group; its notes stay</source>
        <translation>Supprimer le groupe ; ses notes restent</translation>
    </message>
    <message>
        <source>&amp;Take out</source>
        <translation>&amp;Sortir du groupe</translation>
    </message>
    <message>
        <source>Take the chosen notes out of their group</source>
        <translation>Sortir les notes choisies de leur groupe</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n note(s)</source>
        <translation>
            <numerusform>%1 — %n note</numerusform>
            <numerusform>%1 — %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Regroupements</translation>
    </message>
    <message>
        <source>Group notes</source>
        <translation>Regrouper des notes</translation>
    </message>
    <message>
        <source>Select the notes that say the same thing first, on the timeline or in the table.</source>
        <translation>Sélectionnez d’abord les notes qui disent la même chose, sur la frise ou dans le tableau.</translation>
    </message>
    <message numerus="yes">
        <source>What do these %n note(s) say?</source>
        <translation>
            <numerusform>Que dit cette note ?</numerusform>
            <numerusform>Que disent ces %n notes ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename the group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
</context>
<context>
    <name>ImportRefused</name>
    <message>
        <source>row {row}</source>
        <translation>ligne {row}</translation>
    </message>
    <message>
        <source>column “{column}”</source>
        <translation>colonne « {column} »</translation>
    </message>
</context>
<context>
    <name>JoinOverlay</name>
    <message>
        <source>Write from your phone</source>
        <translation>Écrivez depuis votre téléphone</translation>
    </message>
    <message>
        <source>or go to %1</source>
        <translation>ou allez sur %1</translation>
    </message>
    <message>
        <source>and type the code</source>
        <translation>et tapez le code</translation>
    </message>
    <message>
        <source>From a phone — %1 · %2</source>
        <translation>Depuis un téléphone — %1 · %2</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Card “{title}”: no pictogram is called “{name}”.</source>
        <translation>Carte « {title} » : aucun pictogramme ne s’appelle « {name} ».</translation>
    </message>
    <message>
        <source>No deck has the id or name “{name}”.</source>
        <translation>Aucun jeu n’a le numéro ou le nom « {name} ».</translation>
    </message>
    <message>
        <source>No card is titled “{title}” in this deck.</source>
        <translation>Aucune carte de ce jeu ne s’intitule « {title} ».</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>“{size}” is not a card size.</source>
        <translation>« {size} » n’est pas un format de carte.</translation>
    </message>
    <message>
        <source>deck name</source>
        <translation>nom du jeu</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Decks</source>
        <translation>Jeux de cartes</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the deck, or the selected cards, as a PDF</source>
        <translation>Imprimer le jeu, ou les cartes sélectionnées, en PDF</translation>
    </message>
    <message>
        <source>Pictograms</source>
        <translation>Pictogrammes</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
</context>
<context>
    <name>LibraryPalette</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Slides</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Drag onto the agenda, or double-click to add it</source>
        <translation>Glissez sur le déroulé, ou double-cliquez pour l’ajouter</translation>
    </message>
</context>
<context>
    <name>LibraryShare</name>
    <message>
        <source>No scenario has the id or title “{name}”.</source>
        <translation>Aucun scénario n’a le numéro ou le titre « {name} ».</translation>
    </message>
    <message>
        <source>scenario “{title}”</source>
        <translation>le scénario « {title} »</translation>
    </message>
    <message>
        <source>matrix “{name}”</source>
        <translation>la matrice « {name} »</translation>
    </message>
    <message>
        <source>Give the team library: a server URL or a database file.</source>
        <translation>Indiquez la bibliothèque d’équipe : l’URL d’un serveur ou un fichier de base.</translation>
    </message>
    <message>
        <source>{target} is the database open here: choose the team's other one.</source>
        <translation>{target} est la base ouverte ici : choisissez l’autre, celle de l’équipe.</translation>
    </message>
    <message>
        <source>{path}: no such database file.</source>
        <translation>{path} : ce fichier de base n’existe pas.</translation>
    </message>
    <message>
        <source>Choose at least one deck, timeline, scenario or matrix to copy.</source>
        <translation>Choisissez au moins un jeu, une frise, un scénario ou une matrice à copier.</translation>
    </message>
    <message>
        <source>Deck “{name}”</source>
        <translation>Jeu « {name} »</translation>
    </message>
    <message>
        <source>Timeline template “{name}”</source>
        <translation>Modèle de frise « {name} »</translation>
    </message>
    <message>
        <source>Scenario “{name}”</source>
        <translation>Scénario « {name} »</translation>
    </message>
    <message>
        <source>Matrix “{name}”</source>
        <translation>Matrice « {name} »</translation>
    </message>
    <message>
        <source>{what}: already there, nothing copied.</source>
        <translation>{what} : déjà là, rien n’est copié.</translation>
    </message>
    <message>
        <source>{what}: already there as “{there}”, nothing copied.</source>
        <translation>{what} : déjà là sous le nom « {there} », rien n’est copié.</translation>
    </message>
    <message>
        <source>{what}: another one has this name there; added as “{there}”.</source>
        <translation>{what} : un autre élément porte déjà ce nom ; copie ajoutée sous le nom « {there} ».</translation>
    </message>
    <message>
        <source>{what}: added.</source>
        <translation>{what} : copie ajoutée.</translation>
    </message>
    <message>
        <source>(Needed by {item}.)</source>
        <translation>(Nécessaire pour {item}.)</translation>
    </message>
    <message>
        <source>Added: {added}; added under a new name: {renamed}; already there: {reused}. Pictograms added: {pictures}; already there: {known}.</source>
        <translation>Ajoutés : {added} ; ajoutés sous un nouveau nom : {renamed} ; déjà présents : {reused}. Pictogrammes ajoutés : {pictures} ; déjà présents : {known}.</translation>
    </message>
</context>
<context>
    <name>LibraryShareActions</name>
    <message>
        <source>P&amp;ublish to the team library…</source>
        <translation>P&amp;ublier dans la bibliothèque d’équipe…</translation>
    </message>
    <message>
        <source>Pu&amp;ll from the team library…</source>
        <translation>Rep&amp;rendre depuis la bibliothèque d’équipe…</translation>
    </message>
</context>
<context>
    <name>LibraryShareDialog</name>
    <message>
        <source>Publish to the team library</source>
        <translation>Publier dans la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>Pull from the team library</source>
        <translation>Reprendre depuis la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>Copy the decks, timeline templates, scenarios and matrices you tick from this console's database to the team's library.</source>
        <translation>Copiez les jeux, modèles de frise, scénarios et matrices que vous cochez, de la base de cette console vers la bibliothèque d’équipe.</translation>
    </message>
    <message>
        <source>Open the team's library, then copy the decks, timeline templates, scenarios and matrices you tick into this console's database.</source>
        <translation>Ouvrez la bibliothèque d’équipe, puis copiez les jeux, modèles de frise, scénarios et matrices que vous cochez dans la base de cette console.</translation>
    </message>
    <message>
        <source>postgresql://user@server/team, or a database file</source>
        <translation>postgresql://utilisateur@serveur/equipe, ou un fichier de base</translation>
    </message>
    <message>
        <source>Team library</source>
        <translation>Bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>&amp;Team library:</source>
        <translation>&amp;Bibliothèque d’équipe :</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Connect to the team's library and list what it holds</source>
        <translation>Se connecter à la bibliothèque d’équipe et lister ce qu’elle contient</translation>
    </message>
    <message>
        <source>A scenario brings the decks and templates of its cards and stages; a matrix, the decks of its cards. What is already there is reused. When another item already has the same name there, the copy gets a numbered name: nothing there is ever overwritten.</source>
        <translation>Un scénario emporte les jeux et modèles de ses cartes et étapes ; une matrice, les jeux de ses cartes. Ce qui est déjà présent est réutilisé. Quand un autre élément y porte déjà le même nom, la copie reçoit un nom numéroté : rien n’y est jamais écrasé.</translation>
    </message>
    <message>
        <source>What was copied</source>
        <translation>Ce qui a été copié</translation>
    </message>
    <message>
        <source>What was copied shows here.</source>
        <translation>Ce qui a été copié s’affiche ici.</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Open the team's library to see what it holds.</source>
        <translation>Ouvrez la bibliothèque d’équipe pour voir ce qu’elle contient.</translation>
    </message>
    <message>
        <source>The team library's file</source>
        <translation>Le fichier de la bibliothèque d’équipe</translation>
    </message>
    <message>
        <source>Databases (*.sqlite3 *.sqlite *.db);;All files (*)</source>
        <translation>Bases de données (*.sqlite3 *.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Opened %1. Tick what to copy here.</source>
        <translation>%1 est ouverte. Cochez ce qu’il faut copier ici.</translation>
    </message>
    <message>
        <source>Nothing was copied: %1</source>
        <translation>Rien n’a été copié : %1</translation>
    </message>
    <message>
        <source>Published to %1.</source>
        <translation>Publié dans %1.</translation>
    </message>
    <message>
        <source>Pulled from %1.</source>
        <translation>Repris depuis %1.</translation>
    </message>
</context>
<context>
    <name>LinkListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>Matrices</name>
    <message>
        <source>No matrix has the id or name “{name}”.</source>
        <translation>Aucune matrice n’a le numéro ou le nom « {name} ».</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matrice</translation>
    </message>
    <message>
        <source>“{kind}” is not a card kind.</source>
        <translation>« {kind} » n’est pas un type de carte.</translation>
    </message>
    <message>
        <source>matrix name</source>
        <translation>nom de la matrice</translation>
    </message>
    <message>
        <source>A matrix axis is “row” or “column”.</source>
        <translation>Un axe de matrice est « row » (lignes) ou « column » (colonnes).</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>The card “{title}” is not of the kind this axis shows.</source>
        <translation>La carte « {title} » n’est pas du type que montre cet axe.</translation>
    </message>
    <message>
        <source>axis cards</source>
        <translation>cartes de l’axe</translation>
    </message>
</context>
<context>
    <name>MatrixEditor</name>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>New matrix</source>
        <translation>Nouvelle matrice</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this matrix (Ctrl+Z brings it back)</source>
        <translation>Supprimer cette matrice (Ctrl+Z la fait revenir)</translation>
    </message>
    <message>
        <source>Matrix name</source>
        <translation>Nom de la matrice</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Kind of cards on this axis</source>
        <translation>Type des cartes de cet axe</translation>
    </message>
    <message>
        <source>Cards, in order</source>
        <translation>Cartes, dans l’ordre</translation>
    </message>
    <message>
        <source>Add a card of this kind…</source>
        <translation>Ajouter une carte de ce type…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The board</source>
        <translation>Le plateau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>The board, as participants will fill it</source>
        <translation>Le plateau, tel que les participants le rempliront</translation>
    </message>
    <message>
        <source>Matrix “%1” deleted — Ctrl+Z to undo</source>
        <translation>Matrice « %1 » supprimée — Ctrl+Z pour annuler</translation>
    </message>
</context>
<context>
    <name>MatrixGrid</name>
    <message>
        <source>The matrix: click a cell to put it in focus and take the notes</source>
        <translation>La matrice : cliquez une case pour la mettre en avant et y noter</translation>
    </message>
</context>
<context>
    <name>NoteColumns</name>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>votes</translation>
    </message>
    <message>
        <source>created_at</source>
        <translation>créée le</translation>
    </message>
</context>
<context>
    <name>NoteCommands</name>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Edit a note</source>
        <translation>Modifier une note</translation>
    </message>
    <message>
        <source>Move a note</source>
        <translation>Déplacer une note</translation>
    </message>
    <message>
        <source>Vote for a note</source>
        <translation>Voter pour une note</translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation>Retirer un vote</translation>
    </message>
    <message>
        <source>Hide from the shared screen</source>
        <translation>Masquer de l’écran partagé</translation>
    </message>
    <message>
        <source>Show on the shared screen</source>
        <translation>Afficher sur l’écran partagé</translation>
    </message>
    <message>
        <source>Delete a note</source>
        <translation>Supprimer une note</translation>
    </message>
    <message>
        <source>Delete notes</source>
        <translation>Supprimer des notes</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Qui l’a dit</translation>
    </message>
    <message>
        <source>%1 (role only)</source>
        <translation>%1 (rôle seul)</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>This note no longer exists.</source>
        <translation>Cette note n’existe plus.</translation>
    </message>
    <message>
        <source>A note needs some text.</source>
        <translation>Une note doit contenir du texte.</translation>
    </message>
    <message>
        <source>A note may hold up to {count} characters.</source>
        <translation>Une note peut contenir jusqu’à {count} caractères.</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <source>Timeline order</source>
        <translation>Ordre de la frise</translation>
    </message>
    <message>
        <source>Most voted first</source>
        <translation>Les plus votées d’abord</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Les plus anciennes d’abord</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Ordre :</translation>
    </message>
    <message>
        <source>&amp;Group…</source>
        <translation>&amp;Regrouper…</translation>
    </message>
    <message>
        <source>Make a group of the selected notes (they say the same thing)</source>
        <translation>Regrouper les notes sélectionnées (elles disent la même chose)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>NotesTableModel</name>
    <message>
        <source>Pinned to</source>
        <translation>Épinglée sur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>hidden from the shared screen</source>
        <translation>masquée sur l’écran partagé</translation>
    </message>
</context>
<context>
    <name>NowPanel</name>
    <message>
        <source>What the shared screen shows</source>
        <translation>Ce qu’affiche l’écran partagé</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Black Screen (B)</source>
        <translation>Écran noir (B)</translation>
    </message>
    <message>
        <source>Back to the Agenda</source>
        <translation>Retour au déroulé</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>One more minute on the countdown</source>
        <translation>Une minute de plus au compte à rebours</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Remettre à zéro</translation>
    </message>
    <message>
        <source>Back to the instruction's full time, paused</source>
        <translation>Revenir à la durée complète de la consigne, en pause</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>Compte à rebours :</translation>
    </message>
    <message>
        <source>Overview (Home)</source>
        <translation>Vue d’ensemble (Début)</translation>
    </message>
    <message>
        <source>The shared screen shows the whole timeline or matrix again</source>
        <translation>L’écran partagé montre de nouveau toute la frise ou toute la matrice</translation>
    </message>
    <message>
        <source>By Role</source>
        <translation>Par rôle</translation>
    </message>
    <message>
        <source>The shared screen shows the timeline in one lane per role</source>
        <translation>L’écran partagé montre la frise en un couloir par rôle</translation>
    </message>
    <message>
        <source>Shared screen:</source>
        <translation>Écran partagé :</translation>
    </message>
    <message>
        <source>These buttons change what the room sees</source>
        <translation>Ces boutons changent ce que voit la salle</translation>
    </message>
    <message>
        <source>This step:</source>
        <translation>Cette étape :</translation>
    </message>
    <message>
        <source>Whole workshop:</source>
        <translation>Tout l’atelier :</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Terminer (Échap)</translation>
    </message>
    <message>
        <source>Present from Here (Shift+F5)</source>
        <translation>Présenter d’ici (Maj+F5)</translation>
    </message>
    <message>
        <source>Shown on the fly — the agenda waits at step %1</source>
        <translation>Affiché à la volée — le déroulé attend à l’étape %1</translation>
    </message>
    <message>
        <source>Presenting — step %1 of %2</source>
        <translation>Présentation en cours — étape %1 sur %2</translation>
    </message>
    <message>
        <source>Not presenting — the stage will open on step %1</source>
        <translation>Pas de présentation en cours — l’écran partagé s’ouvrira sur l’étape %1</translation>
    </message>
    <message>
        <source>This workshop has no agenda yet.</source>
        <translation>Cet atelier n’a pas encore de déroulé.</translation>
    </message>
    <message>
        <source>THE SHARED SCREEN IS BLACK</source>
        <translation>L’ÉCRAN PARTAGÉ EST NOIR</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>Next: the end of the agenda</source>
        <translation>Ensuite : la fin du déroulé</translation>
    </message>
    <message>
        <source>Pause (T)</source>
        <translation>Pause (T)</translation>
    </message>
    <message>
        <source>Start (T)</source>
        <translation>Lancer (T)</translation>
    </message>
    <message>
        <source>overview of every stage</source>
        <translation>vue d’ensemble des étapes</translation>
    </message>
    <message>
        <source>stage %1 of %2 in focus: %3</source>
        <translation>étape %1 sur %2 en avant : %3</translation>
    </message>
    <message>
        <source>by role</source>
        <translation>par rôle</translation>
    </message>
    <message>
        <source>one cell in focus</source>
        <translation>une case en avant</translation>
    </message>
    <message>
        <source>the whole grid</source>
        <translation>toute la grille</translation>
    </message>
    <message>
        <source>a note shown large</source>
        <translation>une note affichée en grand</translation>
    </message>
    <message>
        <source>— %1 left</source>
        <translation>— reste %1</translation>
    </message>
    <message>
        <source>— over by %1</source>
        <translation>— dépassé de %1</translation>
    </message>
</context>
<context>
    <name>OffThread</name>
    <message>
        <source>the file could not be checked within %1 s; it was not imported.</source>
        <translation>le fichier n’a pas pu être vérifié en moins de %1 s ; il n’a pas été importé.</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Edit the Participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>A name or a pseudonym</source>
        <translation>Un nom ou un pseudonyme</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Optional, e.g. boulangerie, agence de Cavaillon</source>
        <translation>Facultatif, par ex. boulangerie, agence de Cavaillon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Structure :</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <source>the list has more than {max} rows.</source>
        <translation>la liste a plus de {max} lignes.</translation>
    </message>
    <message>
        <source>unknown column “{name}”. The columns are: name (nom), role (rôle), organisation (structure). Rename or delete this column.</source>
        <translation>colonne inconnue « {name} ». Les colonnes sont : nom (name), rôle (role), structure (organisation). Renommez ou supprimez cette colonne.</translation>
    </message>
    <message>
        <source>the column “{name}” appears twice.</source>
        <translation>la colonne « {name} » apparaît deux fois.</translation>
    </message>
    <message>
        <source>no “{field}” (or “{french}”) column.</source>
        <translation>aucune colonne « {french} » (ou « {field} »).</translation>
    </message>
    <message>
        <source>this cell is under no known column; give the column a name or empty it.</source>
        <translation>cette cellule n’est sous aucune colonne connue ; nommez la colonne ou videz-la.</translation>
    </message>
    <message>
        <source>a workshop has at most {max} participants.</source>
        <translation>un atelier a au plus {max} participants.</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>le nom est vide.</translation>
    </message>
    <message>
        <source>at most {max} characters here.</source>
        <translation>au plus {max} caractères ici.</translation>
    </message>
    <message>
        <source>the role is empty; the roles are: {known}.</source>
        <translation>le rôle est vide ; les rôles sont : {known}.</translation>
    </message>
    <message>
        <source>unknown role “{role}”; the roles are: {known}.</source>
        <translation>rôle inconnu « {role} » ; les rôles sont : {known}.</translation>
    </message>
    <message>
        <source>there is no participant in it.</source>
        <translation>elle ne contient aucun participant.</translation>
    </message>
    <message>
        <source>choose a .csv or .xlsx file.</source>
        <translation>choisissez un fichier .csv ou .xlsx.</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
</context>
<context>
    <name>Participants</name>
    <message>
        <source>A participant needs a name or a pseudonym.</source>
        <translation>Un participant a besoin d’un nom ou d’un pseudonyme.</translation>
    </message>
    <message>
        <source>A participant's name has at most {max} characters.</source>
        <translation>Le nom d’un participant a au plus {max} caractères.</translation>
    </message>
    <message>
        <source>“{role}” is not a role.</source>
        <translation>« {role} » n’est pas un rôle.</translation>
    </message>
    <message>
        <source>An organisation's name has at most {max} characters.</source>
        <translation>Le nom d’une structure a au plus {max} caractères.</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>A workshop has at most {max} participants.</source>
        <translation>Un atelier a au plus {max} participants.</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>participants</translation>
    </message>
</context>
<context>
    <name>ParticipantsPanel</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add a participant</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <source>A CSV or XLSX file with the columns nom, rôle, structure (or name, role, organisation)</source>
        <translation>Un fichier CSV ou XLSX avec les colonnes nom, rôle, structure (ou name, role, organisation)</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Rows copied from a spreadsheet: name, role, organisation (Ctrl+V)</source>
        <translation>Des lignes copiées d’un tableur : nom, rôle, structure (Ctrl+V)</translation>
    </message>
    <message>
        <source>Paste participants</source>
        <translation>Coller des participants</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n participant(s) (Ctrl+Z brings them back).</source>
        <translation>
            <numerusform>%n participant retiré (Ctrl+Z le remet).</numerusform>
            <numerusform>%n participants retirés (Ctrl+Z les remet).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a list of participants</source>
        <translation>Importer une liste de participants</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx);;All files (*)</source>
        <translation>Tableurs (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
    <message numerus="yes">
        <source>Added %n participant(s) from %1.</source>
        <translation>
            <numerusform>%n participant ajouté depuis %1.</numerusform>
            <numerusform>%n participants ajoutés depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the workshop left out (%1).</source>
        <translation><numerusform>%n déjà dans l’atelier, laissé de côté (%1).</numerusform><numerusform>%n déjà dans l’atelier, laissés de côté (%1).</numerusform></translation>
    </message>
    <message>
        <source>Nothing to paste: copy rows of a spreadsheet first.</source>
        <translation>Rien à coller : copiez d’abord des lignes d’un tableur.</translation>
    </message>
    <message>
        <source>Nothing was pasted</source>
        <translation>Rien n’a été collé</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n participant(s).</source>
        <translation><numerusform>%n participant collé.</numerusform><numerusform>%n participants collés.</numerusform></translation>
    </message>
</context>
<context>
    <name>Participation</name>
    <message>
        <source>{host}: not an IP address (give the address of one network interface)</source>
        <translation>{host} : ce n’est pas une adresse IP (donnez l’adresse d’une interface réseau)</translation>
    </message>
    <message>
        <source>{host}: listening on every interface is refused; choose one interface’s address</source>
        <translation>{host} : écouter sur toutes les interfaces est refusé ; choisissez l’adresse d’une seule interface</translation>
    </message>
</context>
<context>
    <name>ParticipationController</name>
    <message>
        <source>Open a workshop first.</source>
        <translation>Ouvrez d’abord un atelier.</translation>
    </message>
</context>
<context>
    <name>ParticipationPanel</name>
    <message>
        <source>Participation from phones</source>
        <translation>Participation depuis les téléphones</translation>
    </message>
    <message>
        <source>Network interface the phones are on</source>
        <translation>Interface réseau des téléphones</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>un port libre</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>go straight to their place</source>
        <translation>vont directement à leur place</translation>
    </message>
    <message>
        <source>wait in the “to sort” tray</source>
        <translation>attendent dans le bac « À trier »</translation>
    </message>
    <message>
        <source>Phone notes</source>
        <translation>Notes des téléphones</translation>
    </message>
    <message>
        <source>Show the QR code on the shared screen</source>
        <translation>Afficher le QR code sur l’écran partagé</translation>
    </message>
    <message>
        <source>Open participation</source>
        <translation>Ouvrir la participation</translation>
    </message>
    <message>
        <source>Dots per phone</source>
        <translation>Points par téléphone</translation>
    </message>
    <message>
        <source>Open a vote round</source>
        <translation>Ouvrir un tour de vote</translation>
    </message>
    <message>
        <source>Notes from phones</source>
        <translation>Notes venues des téléphones</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>&amp;Réseau :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>Phone &amp;notes:</source>
        <translation>&amp;Notes des téléphones :</translation>
    </message>
    <message>
        <source>Vote round (dots per phone):</source>
        <translation>Tour de vote (points par téléphone) :</translation>
    </message>
    <message>
        <source>Notes from phones, newest first:</source>
        <translation>Notes des téléphones, les plus récentes en haut :</translation>
    </message>
    <message>
        <source>this computer only — 127.0.0.1</source>
        <translation>cet ordinateur seulement — 127.0.0.1</translation>
    </message>
    <message>
        <source>Participation could not open: %1</source>
        <translation>La participation n’a pas pu s’ouvrir : %1</translation>
    </message>
    <message>
        <source>Close participation</source>
        <translation>Fermer la participation</translation>
    </message>
    <message>
        <source>Phones join at %1
or at %2 with the room code %3</source>
        <translation>Les téléphones rejoignent sur %1
ou sur %2 avec le code de la salle %3</translation>
    </message>
    <message>
        <source>Participation is closed: no phone can reach this computer.</source>
        <translation>La participation est fermée : aucun téléphone ne peut joindre cet ordinateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation>
            <numerusform>%n téléphone connecté</numerusform>
            <numerusform>%n téléphones connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the vote round</source>
        <translation>Fermer le tour de vote</translation>
    </message>
    <message numerus="yes">
        <source>Phones are voting with %n dot(s) each.</source>
        <translation>
            <numerusform>Les téléphones votent avec %n point chacun.</numerusform>
            <numerusform>Les téléphones votent avec %n points chacun.</numerusform>
        </translation>
    </message>
    <message>
        <source> (to sort)</source>
        <translation> (à trier)</translation>
    </message>
    <message>
        <source>&amp;Participation from Phones…</source>
        <translation>&amp;Participation depuis les téléphones…</translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>Preview of the PDF</source>
        <translation>Aperçu du PDF</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>État de l’aperçu</translation>
    </message>
</context>
<context>
    <name>PictogramArt</name>
    <message>
        <source>it is printed by the simpler converter of this computer, which ignores transparency, filters and text.</source>
        <translation>il est imprimé par le convertisseur simplifié de cet ordinateur, qui ignore la transparence, les filtres et le texte.</translation>
    </message>
</context>
<context>
    <name>PictogramField</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a pictogram from the library</source>
        <translation>Choisir un pictogramme dans la bibliothèque</translation>
    </message>
    <message>
        <source>No pictogram</source>
        <translation>Pas de pictogramme</translation>
    </message>
</context>
<context>
    <name>PictogramIntake</name>
    <message>
        <source>the picture is larger than {size} MB.</source>
        <translation>l’image dépasse {size} Mo.</translation>
    </message>
    <message>
        <source>this is not a PNG picture.</source>
        <translation>ce n’est pas une image PNG.</translation>
    </message>
    <message>
        <source>the PNG picture is cut short.</source>
        <translation>l’image PNG est tronquée.</translation>
    </message>
    <message>
        <source>the PNG picture is damaged (checksum).</source>
        <translation>l’image PNG est abîmée (somme de contrôle).</translation>
    </message>
    <message>
        <source>the PNG picture has no image data.</source>
        <translation>l’image PNG ne contient aucune donnée d’image.</translation>
    </message>
    <message>
        <source>the PNG picture has no valid header.</source>
        <translation>l’image PNG n’a pas d’en-tête valide.</translation>
    </message>
    <message>
        <source>the picture is {width} × {height} pixels; at most {max} × {max}.</source>
        <translation>l’image fait {width} × {height} pixels ; {max} × {max} au plus.</translation>
    </message>
    <message>
        <source>a pictogram must be an SVG, PNG, JPEG or WebP picture.</source>
        <translation>un pictogramme doit être une image SVG, PNG, JPEG ou WebP.</translation>
    </message>
    <message>
        <source>the picture was scaled down to {width} × {height} pixels (300 dpi at the largest printed size).</source>
        <translation>l’image a été réduite à {width} × {height} pixels (300 ppp à la plus grande taille imprimée).</translation>
    </message>
    <message>
        <source>the picture is declared as {declared} but is {actual}.</source>
        <translation>l’image est déclarée comme {declared} mais c’est du {actual}.</translation>
    </message>
</context>
<context>
    <name>PictogramLibrary</name>
    <message>
        <source>Search by French or English label</source>
        <translation>Chercher par libellé français ou anglais</translation>
    </message>
    <message>
        <source>Search pictograms</source>
        <translation>Chercher des pictogrammes</translation>
    </message>
    <message>
        <source>Import SVG or PNG…</source>
        <translation>Importer SVG ou PNG…</translation>
    </message>
    <message>
        <source>Or drop SVG or PNG files on this page</source>
        <translation>Ou déposez des fichiers SVG ou PNG sur cette page</translation>
    </message>
    <message>
        <source>Pictograms</source>
        <translation>Pictogrammes</translation>
    </message>
    <message>
        <source>French label</source>
        <translation>Libellé français</translation>
    </message>
    <message>
        <source>English label</source>
        <translation>Libellé anglais</translation>
    </message>
    <message>
        <source>Where it is used</source>
        <translation>Où il est utilisé</translation>
    </message>
    <message>
        <source>Delete pictogram</source>
        <translation>Supprimer le pictogramme</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message numerus="yes">
        <source>%n pictogram(s)</source>
        <translation>
            <numerusform>%n pictogramme</numerusform>
            <numerusform>%n pictogrammes</numerusform>
        </translation>
    </message>
    <message>
        <source>Card “%1” — deck “%2”</source>
        <translation>Carte « %1 » — jeu « %2 »</translation>
    </message>
    <message>
        <source>Stage “%1” — timeline “%2”</source>
        <translation>Étape « %1 » — frise « %2 »</translation>
    </message>
    <message>
        <source>Scenario “%1”</source>
        <translation>Scénario « %1 »</translation>
    </message>
    <message>
        <source>Stage “%1” — workshop “%2”</source>
        <translation>Étape « %1 » — atelier « %2 »</translation>
    </message>
    <message numerus="yes">
        <source>Used in %n place(s)</source>
        <translation>
            <numerusform>Utilisé à %n endroit</numerusform>
            <numerusform>Utilisé à %n endroits</numerusform>
        </translation>
    </message>
    <message>
        <source>Not used: it can be deleted</source>
        <translation>Inutilisé : il peut être supprimé</translation>
    </message>
    <message>
        <source>Pictogram “%1” deleted — Ctrl+Z to undo</source>
        <translation>Pictogramme « %1 » supprimé — Ctrl+Z pour annuler</translation>
    </message>
</context>
<context>
    <name>PictogramPicker</name>
    <message>
        <source>Choose a pictogram</source>
        <translation>Choisir un pictogramme</translation>
    </message>
    <message>
        <source>Search by French or English label</source>
        <translation>Chercher par libellé français ou anglais</translation>
    </message>
    <message>
        <source>Search pictograms</source>
        <translation>Chercher des pictogrammes</translation>
    </message>
    <message>
        <source>Pictograms</source>
        <translation>Pictogrammes</translation>
    </message>
    <message>
        <source>No pictogram matches this search.</source>
        <translation>Aucun pictogramme ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>No pictogram</source>
        <translation>Pas de pictogramme</translation>
    </message>
</context>
<context>
    <name>PictogramTrial</name>
    <message>
        <source>the picture is not a {format} picture.</source>
        <translation>l’image n’est pas une image {format}.</translation>
    </message>
    <message>
        <source>the picture is {width} × {height} pixels; at most {max} × {max}.</source>
        <translation>l’image fait {width} × {height} pixels ; au plus {max} × {max}.</translation>
    </message>
    <message>
        <source>the picture's image data is damaged and cannot be drawn ({detail}).</source>
        <translation>les données de l’image sont endommagées et elle ne peut pas être dessinée ({detail}).</translation>
    </message>
    <message>
        <source>a picture inside the drawing must be a PNG or JPEG picture held in the file.</source>
        <translation>une image placée dans le dessin doit être une image PNG ou JPEG contenue dans le fichier.</translation>
    </message>
    <message>
        <source>a picture inside the drawing is not valid base64.</source>
        <translation>une image placée dans le dessin n’est pas du base64 valide.</translation>
    </message>
    <message>
        <source>the drawing cannot be drawn ({detail}).</source>
        <translation>le dessin ne peut pas être tracé ({detail}).</translation>
    </message>
    <message>
        <source>the converter could not read it</source>
        <translation>le convertisseur n’a pas pu la lire</translation>
    </message>
</context>
<context>
    <name>Pictograms</name>
    <message>
        <source>card “{title}” (deck “{within}”)</source>
        <translation>la carte « {title} » (jeu « {within} »)</translation>
    </message>
    <message>
        <source>stage “{title}” (timeline “{within}”)</source>
        <translation>l’étape « {title} » (frise « {within} »)</translation>
    </message>
    <message>
        <source>scenario “{title}”</source>
        <translation>le scénario « {title} »</translation>
    </message>
    <message>
        <source>stage “{title}” of workshop “{within}”</source>
        <translation>l’étape « {title} » de l’atelier « {within} »</translation>
    </message>
    <message>
        <source>instruction “{title}” of workshop “{within}”</source>
        <translation>consigne « {title} » de l’atelier « {within} »</translation>
    </message>
    <message>
        <source>{count} more</source>
        <translation>et {count} autres</translation>
    </message>
    <message>
        <source>pictogram</source>
        <translation>pictogramme</translation>
    </message>
    <message>
        <source>A pictogram must be an SVG, PNG or JPEG picture.</source>
        <translation>Un pictogramme doit être une image SVG, PNG ou JPEG.</translation>
    </message>
    <message>
        <source>pictogram label</source>
        <translation>libellé du pictogramme</translation>
    </message>
    <message>
        <source>The pictogram “{label}” is still used: {where}.</source>
        <translation>Le pictogramme « {label} » est encore utilisé : {where}.</translation>
    </message>
</context>
<context>
    <name>PoolFilters</name>
    <message>
        <source>Agencies</source>
        <translation>Agences</translation>
    </message>
    <message>
        <source>&amp;Agencies:</source>
        <translation>A&amp;gences :</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Jusqu’au</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Timeline templates</source>
        <translation>Modèles de frise</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Modèles :</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n workshop(s))</source>
        <translation>
            <numerusform>%1 (%n atelier)</numerusform>
            <numerusform>%1 (%n ateliers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolPanel</name>
    <message>
        <source>Workshops in the pool</source>
        <translation>Ateliers réunis</translation>
    </message>
    <message>
        <source>Notes per kind and role</source>
        <translation>Notes par type et par rôle</translation>
    </message>
    <message>
        <source>Notes per agency</source>
        <translation>Notes par agence</translation>
    </message>
    <message>
        <source>by kind</source>
        <translation>par type</translation>
    </message>
    <message>
        <source>by role</source>
        <translation>par rôle</translation>
    </message>
    <message>
        <source>&amp;Notes per agency:</source>
        <translation>&amp;Notes par agence :</translation>
    </message>
    <message>
        <source>Per kind and role</source>
        <translation>Par type et par rôle</translation>
    </message>
    <message>
        <source>Per agency</source>
        <translation>Par agence</translation>
    </message>
    <message>
        <source>Wor&amp;kshops (double-click one to review it alone):</source>
        <translation>A&amp;teliers (double-cliquez sur l’un d’eux pour le revoir seul) :</translation>
    </message>
    <message>
        <source>Every note of the workshops shown, wherever it is pinned, hidden ones included. Nothing ticked in a filter lets everything through.</source>
        <translation>Toutes les notes des ateliers affichés, où qu’elles soient épinglées, masquées comprises. Un filtre où rien n’est coché laisse tout passer.</translation>
    </message>
    <message numerus="yes">
        <source>%n workshop(s)</source>
        <translation>
            <numerusform>%n atelier</numerusform>
            <numerusform>%n ateliers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agency(ies)</source>
        <translation>
            <numerusform>%n agence</numerusform>
            <numerusform>%n agences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PoolWorkshopsModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agence</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PresentationKeys</name>
    <message>
        <source>&amp;Next Step</source>
        <translation>Étape &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Step</source>
        <translation>Étape &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Black Screen</source>
        <translation>Écran &amp;noir</translation>
    </message>
    <message>
        <source>&amp;Overview of the Board</source>
        <translation>&amp;Vue d’ensemble de la frise ou de la matrice</translation>
    </message>
    <message>
        <source>&amp;End Presentation</source>
        <translation>&amp;Terminer la présentation</translation>
    </message>
    <message>
        <source>Start or Pause the &amp;Countdown</source>
        <translation>Lancer ou mettre en pause le &amp;compte à rebours</translation>
    </message>
</context>
<context>
    <name>PresenterController</name>
    <message>
        <source>Present from the &amp;Beginning</source>
        <translation>Présenter depuis le &amp;début</translation>
    </message>
    <message>
        <source>Present from the &amp;Current Step</source>
        <translation>Présenter depuis l’étape &amp;actuelle</translation>
    </message>
    <message>
        <source>Presenter &amp;Console</source>
        <translation>&amp;Console de présentation</translation>
    </message>
    <message>
        <source>Shared &amp;Screen</source>
        <translation>&amp;Écran partagé</translation>
    </message>
    <message>
        <source>&amp;Automatic (a screen other than this one)</source>
        <translation>&amp;Automatique (un autre écran que celui-ci)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>PresenterPage</name>
    <message>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Timeline and notes</source>
        <translation>Frise et notes</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print cards</source>
        <translation>Imprimer des cartes</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Print at actual size (100 %), not “fit to page”: otherwise the cards come out smaller and the backs miss their fronts.</source>
        <translation>Imprimez en taille réelle (100 %), pas en « ajuster à la page » : sinon les cartes sortent plus petites et les versos tombent à côté des rectos.</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Cancelled: no file was written.</source>
        <translation>Annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Cannot print this way: %1</source>
        <translation>Impression impossible ainsi : %1</translation>
    </message>
    <message>
        <source>No card to print: select some cards in the library, or print the whole deck.</source>
        <translation>Aucune carte à imprimer : sélectionnez des cartes dans la bibliothèque, ou imprimez tout le jeu.</translation>
    </message>
    <message>
        <source>One card side per page</source>
        <translation>Une face de carte par page</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) per page</source>
        <translation>
            <numerusform>%n carte par page</numerusform>
            <numerusform>%n cartes par page</numerusform>
        </translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>portrait</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>paysage</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>fold each sheet along the dashed line</source>
        <translation>pliez chaque feuille sur les pointillés</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) printed on both sides</source>
        <translation>
            <numerusform>%n feuille imprimée recto verso</numerusform>
            <numerusform>%n feuilles imprimées recto verso</numerusform>
        </translation>
    </message>
    <message>
        <source>No card to print.</source>
        <translation>Aucune carte à imprimer.</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message numerus="yes">
        <source>Preview of the first %n page(s) of the PDF</source>
        <translation>
            <numerusform>Aperçu de la première page du PDF</numerusform>
            <numerusform>Aperçu des %n premières pages du PDF</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the cards as PDF</source>
        <translation>Enregistrer les cartes en PDF</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>imprimante</translation>
    </message>
    <message>
        <source>Calibration %1</source>
        <translation>Calibrage %1</translation>
    </message>
    <message>
        <source>Save the calibration page</source>
        <translation>Enregistrer la page de calibrage</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>There is no deck to print.</source>
        <translation>Il n’y a aucun jeu à imprimer.</translation>
    </message>
</context>
<context>
    <name>PrintOptionsForm</name>
    <message>
        <source>Poker</source>
        <translation>Poker</translation>
    </message>
    <message>
        <source>Poker (US)</source>
        <translation>Poker (US)</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>Tarot</source>
        <translation>Tarot</translation>
    </message>
    <message>
        <source>Mini</source>
        <translation>Mini</translation>
    </message>
    <message>
        <source>Euro</source>
        <translation>Euro</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <source>A7</source>
        <translation>A7</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Carte de visite</translation>
    </message>
    <message>
        <source>%1 × %2 mm</source>
        <translation>%1 × %2 mm</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter (US)</source>
        <translation>Lettre US (Letter)</translation>
    </message>
    <message>
        <source>Office sheet (cards share their cut lines)</source>
        <translation>Planche bureautique (traits de coupe communs)</translation>
    </message>
    <message>
        <source>Office sheet with bleed (for full-colour cards)</source>
        <translation>Planche avec fonds perdus (cartes tout en couleur)</translation>
    </message>
    <message>
        <source>Print shop (one card side per page)</source>
        <translation>Imprimeur (une face de carte par page)</translation>
    </message>
    <message>
        <source>Automatic (the most cards per page)</source>
        <translation>Automatique (le plus de cartes par page)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <source>No backs</source>
        <translation>Sans verso</translation>
    </message>
    <message>
        <source>Double-sided, flip on long edge</source>
        <translation>Recto verso bord long</translation>
    </message>
    <message>
        <source>Double-sided, flip on short edge</source>
        <translation>Recto verso bord court</translation>
    </message>
    <message>
        <source>Fold (fronts and backs on one side, to fold)</source>
        <translation>Pliage (recto et verso côte à côte, à plier)</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Crop marks</source>
        <translation>Traits de coupe</translation>
    </message>
    <message>
        <source>Number the golden tickets, from</source>
        <translation>Numéroter les tickets d’or, à partir de</translation>
    </message>
    <message>
        <source>First ticket number</source>
        <translation>Numéro du premier ticket</translation>
    </message>
    <message>
        <source>Card size:</source>
        <translation>Format des cartes :</translation>
    </message>
    <message>
        <source>Layout:</source>
        <translation>Mise en page :</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier :</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation :</translation>
    </message>
    <message>
        <source>Backs:</source>
        <translation>Versos :</translation>
    </message>
    <message>
        <source>Bleed:</source>
        <translation>Fonds perdus :</translation>
    </message>
    <message>
        <source>Golden tickets:</source>
        <translation>Tickets d’or :</translation>
    </message>
    <message>
        <source>There is no golden ticket among these cards.</source>
        <translation>Il n’y a aucun ticket d’or parmi ces cartes.</translation>
    </message>
    <message>
        <source>Cards side by side, cut along shared lines. No bleed: best with white edges.</source>
        <translation>Cartes côte à côte, coupées le long de traits communs. Sans fonds perdus : idéal avec des bords blancs.</translation>
    </message>
    <message>
        <source>Each card with its bleed and a gap: fewer per page, clean full-colour edges.</source>
        <translation>Chaque carte avec ses fonds perdus et un espace : moins de cartes par page, des bords en couleur impeccables.</translation>
    </message>
    <message>
        <source>A PDF for a print shop: one card side per page with its bleed, fronts and backs alternating.</source>
        <translation>Un PDF pour l’imprimeur : une face de carte par page avec ses fonds perdus, rectos et versos en alternance.</translation>
    </message>
</context>
<context>
    <name>PrintScopeBox</name>
    <message>
        <source>What to print</source>
        <translation>Que faut-il imprimer ?</translation>
    </message>
    <message numerus="yes">
        <source>The whole deck (%n card(s))</source>
        <translation>
            <numerusform>Tout le jeu (%n carte)</numerusform>
            <numerusform>Tout le jeu (%n cartes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the selected cards (%n)</source>
        <translation>
            <numerusform>Seulement la carte sélectionnée (%n)</numerusform>
            <numerusform>Seulement les cartes sélectionnées (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the selected cards (none)</source>
        <translation>Seulement les cartes sélectionnées (aucune)</translation>
    </message>
    <message>
        <source>Select cards in the library first (Ctrl+click, Shift+click).</source>
        <translation>Sélectionnez d’abord des cartes dans la bibliothèque (Ctrl+clic, Maj+clic).</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Jeux</translation>
    </message>
    <message>
        <source>How many times the whole choice is printed, e.g. one set per table.</source>
        <translation>Combien de fois imprimer toute la sélection, par exemple un jeu par table.</translation>
    </message>
    <message>
        <source>Cards to print</source>
        <translation>Cartes à imprimer</translation>
    </message>
    <message>
        <source>Sets:</source>
        <translation>Jeux :</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n printed copy(ies)</source>
        <translation>
            <numerusform>%n exemplaire imprimé</numerusform>
            <numerusform>%n exemplaires imprimés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>QuestionList</name>
    <message>
        <source>Questions for the group</source>
        <translation>Questions posées au groupe</translation>
    </message>
    <message>
        <source>The selected question</source>
        <translation>La question choisie</translation>
    </message>
    <message>
        <source>Select a question to edit it here</source>
        <translation>Choisissez une question pour la modifier ici</translation>
    </message>
    <message>
        <source>Add a question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>Nouvelle question</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>No role</source>
        <translation>Sans rôle</translation>
    </message>
    <message>
        <source>No workshop has the id {id}.</source>
        <translation>Aucun atelier ne porte le numéro {id}.</translation>
    </message>
    <message>
        <source>Choose at least one workshop to compare.</source>
        <translation>Choisissez au moins un atelier à comparer.</translation>
    </message>
    <message>
        <source>A group's title must be text.</source>
        <translation>Le titre d’un groupe doit être du texte.</translation>
    </message>
    <message>
        <source>A group's title holds at most {max} characters.</source>
        <translation>Le titre d’un groupe compte au plus {max} caractères.</translation>
    </message>
    <message>
        <source>group</source>
        <translation>groupe</translation>
    </message>
    <message>
        <source>No note has the id {id}.</source>
        <translation>Aucune note ne porte le numéro {id}.</translation>
    </message>
    <message>
        <source>A group holds notes of its own workshop only.</source>
        <translation>Un groupe ne réunit que des notes de son propre atelier.</translation>
    </message>
    <message>
        <source>workshop</source>
        <translation>atelier</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>A synthesis must be text.</source>
        <translation>Une synthèse doit être du texte.</translation>
    </message>
    <message>
        <source>A synthesis holds at most {max} characters.</source>
        <translation>Une synthèse compte au plus {max} caractères.</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <source>Group notes</source>
        <translation>Regrouper des notes</translation>
    </message>
    <message>
        <source>Rename a group</source>
        <translation>Renommer un groupe</translation>
    </message>
    <message>
        <source>Ungroup notes</source>
        <translation>Dégrouper des notes</translation>
    </message>
    <message>
        <source>Add notes to a group</source>
        <translation>Ajouter des notes à un groupe</translation>
    </message>
    <message>
        <source>Take notes out of their group</source>
        <translation>Sortir des notes de leur groupe</translation>
    </message>
    <message>
        <source>Write a stage synthesis</source>
        <translation>Écrire la synthèse d’une étape</translation>
    </message>
</context>
<context>
    <name>ReviewExport</name>
    <message>
        <source>{kind}: {name}</source>
        <translation>{kind} : {name}</translation>
    </message>
    <message>
        <source>Unknown paper “{paper}”: choose a4 or a3.</source>
        <translation>Format de papier inconnu « {paper} » : choisissez a4 ou a3.</translation>
    </message>
    <message>
        <source>The report was cancelled; nothing was written.</source>
        <translation>Le rapport a été annulé ; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Workshop report</source>
        <translation>Compte rendu d’atelier</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}</source>
        <translation>Impossible d’écrire {path} : {reason}</translation>
    </message>
    <message>
        <source>(anonymised: authors are shown by role and number)</source>
        <translation>(anonymisé : les auteurs apparaissent par leur rôle et un numéro)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Facilitation</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{total}: {stages} on the stages, {others} on cards, scenarios and the matrix; {hidden} hidden</source>
        <translation>{total} : {stages} sur les étapes, {others} sur les cartes, les scénarios et la matrice ; masquées : {hidden}</translation>
    </message>
    <message>
        <source>Participants by role</source>
        <translation>Participants par rôle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No participants were listed.</source>
        <translation>Aucun participant n’a été inscrit.</translation>
    </message>
    <message>
        <source>How to read the notes</source>
        <translation>Comment lire les notes</translation>
    </message>
    <message>
        <source>Each kind of note has its colour, its symbol and its name; the author's role is in the framed tag; a dashed border marks a note hidden from the shared screen during the session.</source>
        <translation>Chaque type de note a sa couleur, son symbole et son nom ; le rôle de l’auteur figure dans l’étiquette encadrée ; un bord en pointillés signale une note masquée sur l’écran partagé pendant la séance.</translation>
    </message>
    <message>
        <source>Where the notes gather</source>
        <translation>Où se concentrent les notes</translation>
    </message>
    <message>
        <source>Notes per stage and kind</source>
        <translation>Notes par étape et par type</translation>
    </message>
    <message>
        <source>Notes per stage and role</source>
        <translation>Notes par étape et par rôle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Colour scale (the number in each cell is the count):</source>
        <translation>Échelle des couleurs (le nombre dans chaque case est le décompte) :</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Pinned to</source>
        <translation>Épinglée sur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(masquée)</translation>
    </message>
    <message>
        <source>Most voted notes</source>
        <translation>Notes les plus votées</translation>
    </message>
    <message>
        <source>No note received a vote.</source>
        <translation>Aucune note n’a reçu de vote.</translation>
    </message>
    <message>
        <source>Syntheses</source>
        <translation>Synthèses</translation>
    </message>
    <message>
        <source>No synthesis has been written yet.</source>
        <translation>Aucune synthèse n’a encore été rédigée.</translation>
    </message>
    <message>
        <source>Groups of notes</source>
        <translation>Regroupements de notes</translation>
    </message>
    <message>
        <source>No notes have been grouped.</source>
        <translation>Aucune note n’a été regroupée.</translation>
    </message>
    <message>
        <source>Untitled group</source>
        <translation>Groupe sans titre</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 note</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} notes</translation>
    </message>
    <message>
        <source>Notes by stage</source>
        <translation>Notes par étape</translation>
    </message>
    <message>
        <source>This workshop has no timeline.</source>
        <translation>Cet atelier n’a pas de frise.</translation>
    </message>
    <message>
        <source>Synthesis: {text}</source>
        <translation>Synthèse : {text}</translation>
    </message>
    <message>
        <source>No notes at this stage.</source>
        <translation>Aucune note à cette étape.</translation>
    </message>
    <message>
        <source>Notes on cards, scenarios and the matrix</source>
        <translation>Notes sur les cartes, les scénarios et la matrice</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>{count} votes</source>
        <translation>{count} votes</translation>
    </message>
    <message>
        <source>{kind} (hidden)</source>
        <translation>{kind} (masquée)</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <source>Annotated timeline</source>
        <translation>Frise annotée</translation>
    </message>
    <message>
        <source>Annotated timeline, stage {number}</source>
        <translation>Frise annotée, étape {number}</translation>
    </message>
    <message>
        <source>Annotated timeline, stages {first} to {last}</source>
        <translation>Frise annotée, étapes {first} à {last}</translation>
    </message>
    <message>
        <source>({page} of {pages})</source>
        <translation>({page} sur {pages})</translation>
    </message>
    <message>
        <source>continued: stages {first} to {last}</source>
        <translation>suite : étapes {first} à {last}</translation>
    </message>
</context>
<context>
    <name>ReviewExporter</name>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Writing %1: page %2 of %3…</source>
        <translation>Écriture de %1 : page %2 sur %3…</translation>
    </message>
    <message>
        <source>Export cancelled: %1 was not written.</source>
        <translation>Export annulé : %1 n’a pas été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n note(s)).</source>
        <translation>
            <numerusform>%1 enregistré (%n note).</numerusform>
            <numerusform>%1 enregistré (%n notes).</numerusform>
        </translation>
    </message>
    <message>
        <source>No program on this computer could open it: open it from its folder.</source>
        <translation>Aucun programme de cet ordinateur n’a pu l’ouvrir : ouvrez-le depuis son dossier.</translation>
    </message>
    <message>
        <source>%1 was not written.

%2</source>
        <translation>%1 n’a pas été écrit.

%2</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Workshop under review</source>
        <translation>Atelier relu</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Atelier :</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>PDF report, notes table (CSV, XLSX), picture of the timeline (PNG) or workshop archive (ZIP), anonymised if you wish</source>
        <translation>Compte rendu PDF, tableau des notes (CSV, XLSX), image de la frise (PNG) ou archive de l’atelier (ZIP), anonymisés si vous le souhaitez</translation>
    </message>
    <message>
        <source>&amp;Delete the workshop…</source>
        <translation>&amp;Supprimer l’atelier…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Compare workshops</source>
        <translation>Comparer les ateliers</translation>
    </message>
    <message>
        <source>Groups and syntheses</source>
        <translation>Regroupements et synthèses</translation>
    </message>
    <message>
        <source>One workshop</source>
        <translation>Un atelier</translation>
    </message>
    <message>
        <source>Several workshops</source>
        <translation>Plusieurs ateliers</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>No workshop yet.</source>
        <translation>Aucun atelier pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) shown out of %1</source>
        <translation>
            <numerusform>%n note affichée sur %1</numerusform>
            <numerusform>%n notes affichées sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden from the shared screen, marked here</source>
        <translation>
            <numerusform>%n masquée sur l’écran partagé, signalée ici</numerusform>
            <numerusform>%n masquées sur l’écran partagé, signalées ici</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the workshop</source>
        <translation>Exporter l’atelier</translation>
    </message>
</context>
<context>
    <name>ReviewPool</name>
    <message>
        <source>No agency given</source>
        <translation>Agence non indiquée</translation>
    </message>
</context>
<context>
    <name>ReviewTimeline</name>
    <message>
        <source>Notes per stage and kind</source>
        <translation>Notes par étape et par type</translation>
    </message>
    <message>
        <source>Notes per stage and role</source>
        <translation>Notes par étape et par rôle</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Annotated timeline</source>
        <translation>Frise annotée</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Par rôle</translation>
    </message>
    <message>
        <source>One lane per role under each stage</source>
        <translation>Un couloir par rôle sous chaque étape</translation>
    </message>
    <message>
        <source>&amp;Heat map:</source>
        <translation>&amp;Carte de chaleur :</translation>
    </message>
    <message>
        <source>Notes per kind</source>
        <translation>Notes par type</translation>
    </message>
    <message>
        <source>Notes per role</source>
        <translation>Notes par rôle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>CDE</source>
        <translation>CDE</translation>
    </message>
    <message>
        <source>CDDE</source>
        <translation>CDDE</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruteur</translation>
    </message>
    <message>
        <source>New hire</source>
        <translation>Nouvelle recrue</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
</context>
<context>
    <name>ScenarioEditor</name>
    <message>
        <source>e.g. bakery, garage, hairdresser</source>
        <translation>par ex. boulangerie, garage, coiffure</translation>
    </message>
    <message>
        <source>e.g. 3 employees</source>
        <translation>par ex. 3 salariés</translation>
    </message>
    <message>
        <source>Family business</source>
        <translation>Entreprise familiale</translation>
    </message>
    <message>
        <source>Cards involved</source>
        <translation>Cartes concernées</translation>
    </message>
    <message>
        <source>Link a card…</source>
        <translation>Relier une carte…</translation>
    </message>
    <message>
        <source>Timeline stages involved</source>
        <translation>Étapes de la frise concernées</translation>
    </message>
    <message>
        <source>Link a stage…</source>
        <translation>Relier une étape…</translation>
    </message>
    <message>
        <source>The company</source>
        <translation>L’entreprise</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>Métier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>History with the agency</source>
        <translation>Historique avec l’agence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Pictogram</source>
        <translation>Pictogramme</translation>
    </message>
    <message>
        <source>The story</source>
        <translation>L’histoire</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message numerus="yes">
        <source>Unlink %n item(s)</source>
        <translation>
            <numerusform>Délier %n élément</numerusform>
            <numerusform>Délier %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scenarios</name>
    <message>
        <source>No pictogram is called “{name}”.</source>
        <translation>Aucun pictogramme ne s’appelle « {name} ».</translation>
    </message>
    <message>
        <source>No stage has the key “{key}”.</source>
        <translation>Aucune étape n’a la clé « {key} ».</translation>
    </message>
    <message>
        <source>No scenario has the id {id}.</source>
        <translation>Aucun scénario n’a le numéro {id}.</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>scenario title</source>
        <translation>titre du scénario</translation>
    </message>
    <message>
        <source>pictogram</source>
        <translation>pictogramme</translation>
    </message>
    <message>
        <source>card</source>
        <translation>carte</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>This scenario has no such link.</source>
        <translation>Ce scénario n’a pas ce lien.</translation>
    </message>
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this scenario (Ctrl+Z brings it back)</source>
        <translation>Supprimer ce scénario (Ctrl+Z le fait revenir)</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Scenario “%1” deleted — Ctrl+Z to undo</source>
        <translation>Scénario « %1 » supprimé — Ctrl+Z pour annuler</translation>
    </message>
</context>
<context>
    <name>ScreenMessageBar</name>
    <message>
        <source>Shared screen messages</source>
        <translation>Messages sur l’écran partagé</translation>
    </message>
    <message>
        <source>Present There</source>
        <translation>Y présenter</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The shared screen (%1) was disconnected. The stage is now a small window on this screen; the keys still drive it.</source>
        <translation>L’écran partagé (%1) a été débranché. La présentation s’affiche maintenant dans une petite fenêtre sur cet écran ; les touches la pilotent toujours.</translation>
    </message>
    <message>
        <source>A screen is connected (%1). Present on it?</source>
        <translation>Un écran est branché (%1). Y présenter ?</translation>
    </message>
</context>
<context>
    <name>ServerBar</name>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ShareItemTree</name>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Library items to copy</source>
        <translation>Éléments de bibliothèque à copier</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Jeux</translation>
    </message>
    <message>
        <source>Timeline templates</source>
        <translation>Modèles de frise</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Matrices</source>
        <translation>Matrices</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n carte</numerusform>
            <numerusform>%n cartes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked card(s)</source>
        <translation>
            <numerusform>%n carte liée</numerusform>
            <numerusform>%n cartes liées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n axis card(s)</source>
        <translation>
            <numerusform>%n carte d’axe</numerusform>
            <numerusform>%n cartes d’axe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StageBoard</name>
    <message>
        <source>No notes in this cell yet.</source>
        <translation>Aucune note dans cette case pour l’instant.</translation>
    </message>
    <message>
        <source>Whole grid</source>
        <translation>Toute la grille</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>suite</translation>
    </message>
    <message>
        <source>+ Note</source>
        <translation>+ Note</translation>
    </message>
    <message>
        <source>Stage {number} / {total}</source>
        <translation>Étape {number} / {total}</translation>
    </message>
    <message>
        <source>No notes on this stage yet.</source>
        <translation>Aucune note sur cette étape pour l’instant.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>by role</source>
        <translation>par rôle</translation>
    </message>
</context>
<context>
    <name>StageItems</name>
    <message>
        <source>The story</source>
        <translation>Le récit</translation>
    </message>
</context>
<context>
    <name>StageNotes</name>
    <message>
        <source>Emotion +</source>
        <translation>Émotion +</translation>
    </message>
    <message>
        <source>Emotion −</source>
        <translation>Émotion −</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 vote</translation>
    </message>
    <message>
        <source>{votes} votes</source>
        <translation>{votes} votes</translation>
    </message>
    <message>
        <source>What the group said</source>
        <translation>Ce que le groupe en a dit</translation>
    </message>
    <message>
        <source>No notes yet</source>
        <translation>Pas encore de note</translation>
    </message>
</context>
<context>
    <name>StagePanel</name>
    <message>
        <source>Items of this step on the shared screen</source>
        <translation>Éléments de cette étape sur l’écran partagé</translation>
    </message>
    <message>
        <source>Nothing of this step can be hidden on its own.</source>
        <translation>Rien dans cette étape ne peut être masqué séparément.</translation>
    </message>
    <message>
        <source>&amp;Reveal All</source>
        <translation>Tout ré&amp;véler</translation>
    </message>
    <message>
        <source>Hide all &amp;notes from the shared screen</source>
        <translation>Masquer toutes les &amp;notes sur l’écran partagé</translation>
    </message>
    <message>
        <source>On the shared screen (untick to hide)</source>
        <translation>Sur l’écran partagé (décocher pour masquer)</translation>
    </message>
    <message>
        <source>Card or scenario to show now</source>
        <translation>Carte ou scénario à montrer tout de suite</translation>
    </message>
    <message>
        <source>&amp;Show Now</source>
        <translation>M&amp;ontrer</translation>
    </message>
    <message>
        <source>Back to the &amp;Agenda</source>
        <translation>Retour au dérou&amp;lé</translation>
    </message>
    <message>
        <source>Show a card or a scenario now</source>
        <translation>Montrer une carte ou un scénario tout de suite</translation>
    </message>
    <message>
        <source>Note hidden by hand: %1</source>
        <translation>Note masquée à la main : %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Scenario: %1</source>
        <translation>Scénario : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a card's kind, then its title</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>StageSlides</name>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>This workshop has no matrix yet.</source>
        <translation>Cet atelier n’a pas encore de matrice.</translation>
    </message>
    <message>
        <source>Facilitated by {name}</source>
        <translation>Animé par {name}</translation>
    </message>
    <message>
        <source>family business</source>
        <translation>entreprise familiale</translation>
    </message>
    <message>
        <source>not a family business</source>
        <translation>entreprise non familiale</translation>
    </message>
    <message>
        <source>With the agency: {history}</source>
        <translation>Avec l’agence : {history}</translation>
    </message>
    <message>
        <source>Questions for the group</source>
        <translation>Questions au groupe</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SCÉNARIO</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>This workshop has no timeline stages.</source>
        <translation>Cet atelier n’a pas d’étapes de frise.</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>left</source>
        <translation>restantes</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>INSTRUCTION</source>
        <translation>CONSIGNE</translation>
    </message>
</context>
<context>
    <name>StageWindow</name>
    <message>
        <source>Shared screen — Workshop Studio</source>
        <translation>Écran partagé — Workshop Studio</translation>
    </message>
    <message>
        <source>Shared screen</source>
        <translation>Écran partagé</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Add a Step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Edit the Step</source>
        <translation>Modifier l’étape</translation>
    </message>
    <message>
        <source>Kind of step</source>
        <translation>Type d’étape</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Planned minutes</source>
        <translation>Minutes prévues</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Cards of the spread</source>
        <translation>Cartes de l’étalage</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Bullets</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>One short line per bullet, six at most</source>
        <translation>Une ligne courte par point, six au plus</translation>
    </message>
    <message>
        <source>Show a countdown to the room</source>
        <translation>Montrer un compte à rebours à la salle</translation>
    </message>
    <message>
        <source>Countdown minutes</source>
        <translation>Minutes du compte à rebours</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutes :</translation>
    </message>
    <message>
        <source>&amp;Card:</source>
        <translation>&amp;Carte :</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Scénario :</translation>
    </message>
    <message>
        <source>Cards of the spre&amp;ad:</source>
        <translation>Cartes de l’ét&amp;alage :</translation>
    </message>
    <message>
        <source>&amp;Bullets:</source>
        <translation>&amp;Points :</translation>
    </message>
    <message>
        <source>&amp;Pictogram:</source>
        <translation>P&amp;ictogramme :</translation>
    </message>
    <message>
        <source>C&amp;ountdown:</source>
        <translation>C&amp;ompte à rebours :</translation>
    </message>
    <message>
        <source>e.g. “Your turn: the timeline in pairs”</source>
        <translation>par ex. « À vous : la frise en binômes »</translation>
    </message>
    <message>
        <source>(no title: the card's or scenario's own)</source>
        <translation>(sans titre : celui de la carte ou du scénario)</translation>
    </message>
    <message>
        <source>Shows the workshop's own timeline stages.</source>
        <translation>Affiche les étapes de la frise de l’atelier.</translation>
    </message>
    <message>
        <source>Shows the workshop's matrix of profiles and postures.</source>
        <translation>Affiche la matrice profils × postures de l’atelier.</translation>
    </message>
    <message>
        <source>Shows the title, with the workshop's name, date and place.</source>
        <translation>Affiche le titre, avec le nom de l’atelier, sa date et son lieu.</translation>
    </message>
    <message>
        <source>What the group is asked to do, large enough for the back row.</source>
        <translation>Ce qu’on demande au groupe, assez grand pour le fond de la salle.</translation>
    </message>
    <message>
        <source>%1 of %2 bullets</source>
        <translation>Points : %1 sur %2</translation>
    </message>
    <message>
        <source>remove some to save the step</source>
        <translation>retirez-en pour enregistrer l’étape</translation>
    </message>
    <message numerus="yes">
        <source>too long for one screen: a 1280 × 720 projector shows them on %n page(s); shorten them</source>
        <translation>
            <numerusform>trop long pour un seul écran : un projecteur 1280 × 720 les montre sur %n page ; raccourcissez-les</numerusform>
            <numerusform>trop long pour un seul écran : un projecteur 1280 × 720 les montre sur %n pages ; raccourcissez-les</numerusform>
        </translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>Title slide</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>One card</source>
        <translation>Une carte</translation>
    </message>
    <message>
        <source>Spread of cards</source>
        <translation>Plusieurs cartes</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>Écran blanc</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Écran noir</translation>
    </message>
</context>
<context>
    <name>SvgBudget</name>
    <message>
        <source>the drawing has no size: its &lt;svg&gt; needs a viewBox (or a width and a height).</source>
        <translation>le dessin n’a pas de taille : son &lt;svg&gt; doit avoir un viewBox (ou une largeur et une hauteur).</translation>
    </message>
    <message>
        <source>an &lt;image&gt; must hold its picture, not point at “{ref}”.</source>
        <translation>une &lt;image&gt; doit contenir son image, pas renvoyer à « {ref} ».</translation>
    </message>
    <message>
        <source>the drawing refers to itself in a loop (through “#{ref}”).</source>
        <translation>le dessin renvoie à lui-même en boucle (par « #{ref} »).</translation>
    </message>
    <message>
        <source>once its &lt;use&gt; references are expanded, the drawing has more than {max} elements.</source>
        <translation>une fois ses renvois &lt;use&gt; développés, le dessin a plus de {max} éléments.</translation>
    </message>
</context>
<context>
    <name>SvgIntake</name>
    <message>
        <source>the drawing is larger than {size} MB.</source>
        <translation>le dessin dépasse {size} Mo.</translation>
    </message>
    <message>
        <source>declarations and entities are not allowed in a pictogram.</source>
        <translation>les déclarations et entités sont interdites dans un pictogramme.</translation>
    </message>
    <message>
        <source>this is not a readable SVG file ({detail}).</source>
        <translation>fichier SVG illisible ({detail}).</translation>
    </message>
    <message>
        <source>the file does not start with an &lt;svg&gt; element.</source>
        <translation>le fichier ne commence pas par un élément &lt;svg&gt;.</translation>
    </message>
    <message>
        <source>the drawing has too many elements.</source>
        <translation>le dessin compte trop d’éléments.</translation>
    </message>
    <message>
        <source>processing instructions (such as style sheet links) are not allowed in a pictogram.</source>
        <translation>les instructions de traitement (comme les liens vers une feuille de style) ne sont pas autorisées dans un pictogramme.</translation>
    </message>
    <message>
        <source>the drawing declares an absurd size.</source>
        <translation>le dessin déclare une taille absurde.</translation>
    </message>
    <message>
        <source>style sheets may not import other files.</source>
        <translation>les feuilles de style ne peuvent pas importer d’autres fichiers.</translation>
    </message>
    <message>
        <source>the attribute “{name}” is not allowed in a pictogram.</source>
        <translation>l’attribut « {name} » est interdit dans un pictogramme.</translation>
    </message>
    <message>
        <source>escaped characters are not allowed in a pictogram's style.</source>
        <translation>les caractères échappés ne sont pas autorisés dans le style d’un pictogramme.</translation>
    </message>
    <message>
        <source>the drawing refers to an outside file (“{ref}”); pictograms must be self-contained.</source>
        <translation>le dessin fait appel à un fichier extérieur (« {ref} ») ; un pictogramme doit se suffire à lui-même.</translation>
    </message>
</context>
<context>
    <name>SvgPdf</name>
    <message>
        <source>its soft effects (filters, such as shadows) print as a picture, not as lines.</source>
        <translation>ses effets adoucis (filtres, comme les ombres) s’impriment comme une image, pas comme des tracés.</translation>
    </message>
    <message>
        <source>its text asks for fonts that are not shipped: it prints in Atkinson Hyperlegible (or Noto), which may look different.</source>
        <translation>son texte demande des polices qui ne sont pas fournies : il s’imprime en Atkinson Hyperlegible (ou Noto), ce qui peut changer son aspect.</translation>
    </message>
    <message>
        <source>it draws nothing visible: it would print blank.</source>
        <translation>il ne dessine rien de visible : il s’imprimerait vide.</translation>
    </message>
</context>
<context>
    <name>SynthesisPanel</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>É&amp;tape :</translation>
    </message>
    <message>
        <source>Synthesis of the stage</source>
        <translation>Synthèse de l’étape</translation>
    </message>
    <message>
        <source>What the group concluded about this stage…</source>
        <translation>Ce que le groupe retient de cette étape…</translation>
    </message>
    <message>
        <source>&amp;Save synthesis</source>
        <translation>&amp;Enregistrer la synthèse</translation>
    </message>
    <message>
        <source>Synthesis</source>
        <translation>Synthèse</translation>
    </message>
</context>
<context>
    <name>TargetKind</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Matrix cell</source>
        <translation>Case de la matrice</translation>
    </message>
    <message>
        <source>To sort</source>
        <translation>À trier</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>it holds an invalid character (a lone surrogate, U+{code:04X}).</source>
        <translation>le texte contient un caractère invalide (un demi-codet isolé, U+{code:04X}).</translation>
    </message>
    <message>
        <source>it holds a control character (U+{code:04X}), which is not text.</source>
        <translation>le texte contient un caractère de contrôle (U+{code:04X}), qui n’est pas du texte.</translation>
    </message>
</context>
<context>
    <name>TimelineEditor</name>
    <message>
        <source>Timeline name</source>
        <translation>Nom de la frise</translation>
    </message>
    <message>
        <source>Timeline description</source>
        <translation>Description de la frise</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>A new stage after the selected one (Insert)</source>
        <translation>Une nouvelle étape après celle choisie (Inser)</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>Move earlier (Alt+Left)</source>
        <translation>Avancer (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Move later (Alt+Right)</source>
        <translation>Reculer (Alt+Droite)</translation>
    </message>
    <message>
        <source>Stage title</source>
        <translation>Titre de l’étape</translation>
    </message>
    <message>
        <source>Stage description</source>
        <translation>Description de l’étape</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The selected stage</source>
        <translation>L’étape choisie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Pictogram</source>
        <translation>Pictogramme</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>Stage “%1” deleted — Ctrl+Z to undo</source>
        <translation>Étape « %1 » supprimée — Ctrl+Z pour annuler</translation>
    </message>
</context>
<context>
    <name>TimelineNote</name>
    <message>
        <source>Emotion +</source>
        <translation>Émotion +</translation>
    </message>
    <message>
        <source>Emotion −</source>
        <translation>Émotion −</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>This view only:</source>
        <translation>Cette vue seulement :</translation>
    </message>
    <message>
        <source>These buttons change the console's timeline, never the shared screen</source>
        <translation>Ces boutons changent la frise de la console, jamais l’écran partagé</translation>
    </message>
    <message>
        <source>By role</source>
        <translation>Par rôle</translation>
    </message>
    <message>
        <source>Split each stage into one lane per role, to compare perspectives</source>
        <translation>Partager chaque étape en une ligne par rôle, pour comparer les points de vue</translation>
    </message>
    <message>
        <source>Edit note…</source>
        <translation>Modifier la note…</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Voter</translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation>Retirer un vote</translation>
    </message>
    <message>
        <source>Hide from the shared screen / show</source>
        <translation>Masquer de l’écran partagé / afficher</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Show large on the shared screen</source>
        <translation>Afficher en grand sur l’écran partagé</translation>
    </message>
    <message>
        <source>New note — %1</source>
        <translation>Nouvelle note — %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>TimelinePng</name>
    <message>
        <source>The timeline is too tall for one picture ({width} × {height} px): export the PDF report, whose poster spreads it over pages.</source>
        <translation>La frise est trop haute pour une seule image ({width} × {height} px) : exportez le compte rendu PDF, dont l’affiche la répartit sur plusieurs pages.</translation>
    </message>
    <message>
        <source>anonymised</source>
        <translation>anonymisé</translation>
    </message>
    <message>
        <source>The picture could not be encoded as PNG.</source>
        <translation>L’image n’a pas pu être encodée en PNG.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Tout voir</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Taille réelle</translation>
    </message>
</context>
<context>
    <name>Timelines</name>
    <message>
        <source>Stage “{title}”: no pictogram is called “{name}”.</source>
        <translation>Étape « {title} » : aucun pictogramme ne s’appelle « {name} ».</translation>
    </message>
    <message>
        <source>No timeline has the id or name “{name}”.</source>
        <translation>Aucune frise n’a le numéro ou le nom « {name} ».</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>frise</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>pictogram</source>
        <translation>pictogramme</translation>
    </message>
    <message>
        <source>timeline name</source>
        <translation>nom de la frise</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>stage title</source>
        <translation>titre de l’étape</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>étapes</translation>
    </message>
</context>
<context>
    <name>TimelinesPage</name>
    <message>
        <source>Timeline templates</source>
        <translation>Modèles de frise</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>A new, empty timeline template</source>
        <translation>Un nouveau modèle de frise, vide</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>A copy of this template and its stages</source>
        <translation>Une copie de ce modèle et de ses étapes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete this template (workshops keep their own stages; Ctrl+Z brings it back)</source>
        <translation>Supprimer ce modèle (les ateliers gardent leurs propres étapes ; Ctrl+Z le fait revenir)</translation>
    </message>
    <message>
        <source>Delete timeline</source>
        <translation>Supprimer la frise</translation>
    </message>
    <message>
        <source>Timelines</source>
        <translation>Frises</translation>
    </message>
    <message>
        <source>New timeline</source>
        <translation>Nouvelle frise</translation>
    </message>
    <message>
        <source>Timeline “%1” deleted — Ctrl+Z to undo</source>
        <translation>Frise « %1 » supprimée — Ctrl+Z pour annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation>
            <numerusform>%n étape</numerusform>
            <numerusform>%n étapes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayList</name>
    <message>
        <source>Double-click or Enter: send to the current stage. Delete: remove.</source>
        <translation>Double-clic ou Entrée : envoyer vers l’étape en cours. Suppr : supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>To sort: %n note(s)</source>
        <translation>
            <numerusform>À trier : %n note</numerusform>
            <numerusform>À trier : %n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a stage on the timeline first, then send the note there.</source>
        <translation>Choisissez d’abord une étape sur la frise, puis envoyez-y la note.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>UndoLibrary</name>
    <message>
        <source>New deck</source>
        <translation>Nouveau jeu</translation>
    </message>
    <message>
        <source>Rename deck</source>
        <translation>Renommer le jeu</translation>
    </message>
    <message>
        <source>Edit deck description</source>
        <translation>Modifier la description du jeu</translation>
    </message>
    <message>
        <source>Change card size</source>
        <translation>Changer le format des cartes</translation>
    </message>
    <message>
        <source>Show or hide the kind on cards</source>
        <translation>Afficher ou masquer le type sur les cartes</translation>
    </message>
    <message>
        <source>Edit a card kind</source>
        <translation>Modifier un type de carte</translation>
    </message>
    <message>
        <source>Duplicate deck</source>
        <translation>Dupliquer le jeu</translation>
    </message>
    <message>
        <source>Delete deck</source>
        <translation>Supprimer le jeu</translation>
    </message>
    <message>
        <source>Import a deck</source>
        <translation>Importer un jeu</translation>
    </message>
    <message>
        <source>New card</source>
        <translation>Nouvelle carte</translation>
    </message>
    <message>
        <source>Change card kind</source>
        <translation>Changer le type de la carte</translation>
    </message>
    <message>
        <source>Edit card title</source>
        <translation>Modifier le titre de la carte</translation>
    </message>
    <message>
        <source>Edit card text</source>
        <translation>Modifier le texte de la carte</translation>
    </message>
    <message>
        <source>Change card pictogram</source>
        <translation>Changer le pictogramme de la carte</translation>
    </message>
    <message>
        <source>Change card colour</source>
        <translation>Changer la couleur de la carte</translation>
    </message>
    <message>
        <source>Edit card back</source>
        <translation>Modifier le dos de la carte</translation>
    </message>
    <message>
        <source>Change number of copies</source>
        <translation>Changer le nombre d’exemplaires</translation>
    </message>
    <message>
        <source>Duplicate cards</source>
        <translation>Dupliquer des cartes</translation>
    </message>
    <message>
        <source>Delete cards</source>
        <translation>Supprimer des cartes</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Déplacer des cartes</translation>
    </message>
    <message>
        <source>Import pictograms</source>
        <translation>Importer des pictogrammes</translation>
    </message>
    <message>
        <source>Rename pictogram</source>
        <translation>Renommer le pictogramme</translation>
    </message>
    <message>
        <source>Delete pictogram</source>
        <translation>Supprimer le pictogramme</translation>
    </message>
</context>
<context>
    <name>UndoMaterials</name>
    <message>
        <source>New scenario</source>
        <translation>Nouveau scénario</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Supprimer le scénario</translation>
    </message>
    <message>
        <source>Edit scenario title</source>
        <translation>Modifier le titre du scénario</translation>
    </message>
    <message>
        <source>Edit trade</source>
        <translation>Modifier le métier</translation>
    </message>
    <message>
        <source>Edit company size</source>
        <translation>Modifier la taille de l’entreprise</translation>
    </message>
    <message>
        <source>Change family business</source>
        <translation>Changer « entreprise familiale »</translation>
    </message>
    <message>
        <source>Edit history with the agency</source>
        <translation>Modifier l’historique avec l’agence</translation>
    </message>
    <message>
        <source>Edit story</source>
        <translation>Modifier l’histoire</translation>
    </message>
    <message>
        <source>Edit questions</source>
        <translation>Modifier les questions</translation>
    </message>
    <message>
        <source>Change scenario pictogram</source>
        <translation>Changer le pictogramme du scénario</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Ajouter une question</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Retirer une question</translation>
    </message>
    <message>
        <source>Reorder questions</source>
        <translation>Réordonner les questions</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Modifier une question</translation>
    </message>
    <message>
        <source>Link card</source>
        <translation>Relier une carte</translation>
    </message>
    <message>
        <source>Unlink card</source>
        <translation>Délier une carte</translation>
    </message>
    <message>
        <source>Link stage</source>
        <translation>Relier une étape</translation>
    </message>
    <message>
        <source>Unlink stage</source>
        <translation>Délier une étape</translation>
    </message>
    <message>
        <source>Reorder linked cards</source>
        <translation>Réordonner les cartes reliées</translation>
    </message>
    <message>
        <source>Reorder linked stages</source>
        <translation>Réordonner les étapes reliées</translation>
    </message>
    <message>
        <source>New timeline</source>
        <translation>Nouvelle frise</translation>
    </message>
    <message>
        <source>Duplicate timeline</source>
        <translation>Dupliquer la frise</translation>
    </message>
    <message>
        <source>Delete timeline</source>
        <translation>Supprimer la frise</translation>
    </message>
    <message>
        <source>Rename timeline</source>
        <translation>Renommer la frise</translation>
    </message>
    <message>
        <source>Edit timeline description</source>
        <translation>Modifier la description de la frise</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renommer l’étape</translation>
    </message>
    <message>
        <source>Edit stage description</source>
        <translation>Modifier la description de l’étape</translation>
    </message>
    <message>
        <source>Change stage pictogram</source>
        <translation>Changer le pictogramme de l’étape</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Move stages</source>
        <translation>Déplacer des étapes</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Supprimer l’étape</translation>
    </message>
    <message>
        <source>New matrix</source>
        <translation>Nouvelle matrice</translation>
    </message>
    <message>
        <source>Delete matrix</source>
        <translation>Supprimer la matrice</translation>
    </message>
    <message>
        <source>Rename matrix</source>
        <translation>Renommer la matrice</translation>
    </message>
    <message>
        <source>Change axis kind</source>
        <translation>Changer le type de l’axe</translation>
    </message>
    <message>
        <source>Reorder axis cards</source>
        <translation>Réordonner les cartes de l’axe</translation>
    </message>
    <message>
        <source>Choose axis cards</source>
        <translation>Choisir les cartes de l’axe</translation>
    </message>
</context>
<context>
    <name>UndoWorkshops</name>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Duplicate the workshop</source>
        <translation>Dupliquer l’atelier</translation>
    </message>
    <message>
        <source>Edit the workshop's details</source>
        <translation>Modifier les informations de l’atelier</translation>
    </message>
    <message>
        <source>Add %n participant(s)</source>
        <translation>Ajouter %n participant</translation>
    </message>
    <message>
        <source>Edit a participant</source>
        <translation>Modifier un participant</translation>
    </message>
    <message>
        <source>Remove %n participant(s)</source>
        <translation>Retirer %n participant</translation>
    </message>
    <message>
        <source>Reorder the participants</source>
        <translation>Réordonner les participants</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>&amp;New Workshop…</source>
        <translation>&amp;Nouvel atelier…</translation>
    </message>
    <message>
        <source>Prepare a new workshop: blank, from the sample or from another one</source>
        <translation>Préparer un nouvel atelier : vierge, à partir de l’exemple ou d’un autre atelier</translation>
    </message>
    <message>
        <source>Workshop &amp;Details…</source>
        <translation>&amp;Informations de l’atelier…</translation>
    </message>
    <message>
        <source>Title, date, place, timeline, decks, scenarios and matrix</source>
        <translation>Titre, date, lieu, frise, jeux de cartes, scénarios et matrice</translation>
    </message>
    <message>
        <source>D&amp;uplicate the Workshop</source>
        <translation>D&amp;upliquer l’atelier</translation>
    </message>
    <message>
        <source>A copy with its participants and agenda, without its notes</source>
        <translation>Une copie avec ses participants et son déroulé, sans ses notes</translation>
    </message>
    <message>
        <source>De&amp;lete the Workshop…</source>
        <translation>Supp&amp;rimer l’atelier…</translation>
    </message>
    <message>
        <source>Asks first; a backup is taken</source>
        <translation>Demande d’abord ; une sauvegarde est faite</translation>
    </message>
    <message>
        <source>New Workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>“%1” is ready: build its agenda, then F5 presents it.</source>
        <translation>« %1 » est prêt : construisez son déroulé, puis F5 le présente.</translation>
    </message>
    <message>
        <source>Workshop Details</source>
        <translation>Informations de l’atelier</translation>
    </message>
    <message>
        <source>Duplicate the Workshop</source>
        <translation>Dupliquer l’atelier</translation>
    </message>
</context>
<context>
    <name>WorkshopArchive</name>
    <message>
        <source>its notes are already in this database, in workshop “{title}” (id {id}): it was imported before.</source>
        <translation>ses notes sont déjà dans cette base, dans l’atelier « {title} » (numéro {id}) : elle a déjà été importée.</translation>
    </message>
    <message>
        <source>card kind</source>
        <translation>type de carte</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>note kind</source>
        <translation>type de note</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>step kind</source>
        <translation>type d’étape du déroulé</translation>
    </message>
    <message>
        <source>an object is expected.</source>
        <translation>un objet est attendu.</translation>
    </message>
    <message>
        <source>text is expected.</source>
        <translation>du texte est attendu.</translation>
    </message>
    <message>
        <source>this field may not be empty.</source>
        <translation>ce champ ne peut pas être vide.</translation>
    </message>
    <message>
        <source>{count} characters; at most {max}.</source>
        <translation>{count} caractères ; au plus {max}.</translation>
    </message>
    <message>
        <source>“{ref}” refers to nothing in the archive.</source>
        <translation>« {ref} » ne renvoie à rien dans l’archive.</translation>
    </message>
    <message>
        <source>“{value}” is not a colour (a palette name or #RRGGBB).</source>
        <translation>« {value} » n’est pas une couleur (un nom de la palette ou #RRVVBB).</translation>
    </message>
    <message>
        <source>unknown {what} “{value}”.</source>
        <translation>{what} inconnu : « {value} ».</translation>
    </message>
    <message>
        <source>a whole number from {low} to {high} is expected.</source>
        <translation>un nombre entier de {low} à {high} est attendu.</translation>
    </message>
    <message>
        <source>a number is expected.</source>
        <translation>un nombre est attendu.</translation>
    </message>
    <message>
        <source>true or false is expected.</source>
        <translation>true ou false est attendu.</translation>
    </message>
    <message>
        <source>a date and time is expected.</source>
        <translation>une date et une heure sont attendues.</translation>
    </message>
    <message>
        <source>“{value}” is not a date and time.</source>
        <translation>« {value} » n’est pas une date et une heure.</translation>
    </message>
    <message>
        <source>“{value}” is not a date.</source>
        <translation>« {value} » n’est pas une date.</translation>
    </message>
    <message>
        <source>“{value}” is not a time of day.</source>
        <translation>« {value} » n’est pas une heure.</translation>
    </message>
    <message>
        <source>a list is expected.</source>
        <translation>une liste est attendue.</translation>
    </message>
    <message>
        <source>{count} items; at most {max}.</source>
        <translation>{count} éléments ; au plus {max}.</translation>
    </message>
    <message>
        <source>a list of references is expected.</source>
        <translation>une liste de références est attendue.</translation>
    </message>
    <message>
        <source>a deck's own kind is named “{prefix}…”.</source>
        <translation>une catégorie propre à un jeu s’écrit « {prefix}… ».</translation>
    </message>
    <message>
        <source>each of a deck's kinds needs its own key.</source>
        <translation>chaque catégorie d’un jeu a besoin de sa propre clé.</translation>
    </message>
    <message>
        <source>each row needs its own reference.</source>
        <translation>chaque ligne doit avoir sa propre référence.</translation>
    </message>
    <message>
        <source>“{file}” is not a picture of the archive.</source>
        <translation>« {file} » n’est pas une image de l’archive.</translation>
    </message>
    <message>
        <source>the picture does not match its checksum.</source>
        <translation>l’image ne correspond pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>no pictogram of workshop.json uses this picture.</source>
        <translation>aucun pictogramme de workshop.json n’utilise cette image.</translation>
    </message>
    <message>
        <source>not readable JSON ({detail}).</source>
        <translation>JSON illisible ({detail}).</translation>
    </message>
    <message>
        <source>this is not a Workshop Studio workshop archive.</source>
        <translation>ce n’est pas une archive d’atelier Workshop Studio.</translation>
    </message>
    <message>
        <source>version {version} cannot be read by this version of Workshop Studio.</source>
        <translation>la version {version} ne peut pas être lue par cette version de Workshop Studio.</translation>
    </message>
    <message>
        <source>two notes have the same uid.</source>
        <translation>deux notes ont le même uid.</translation>
    </message>
    <message>
        <source>each stage has at most one synthesis.</source>
        <translation>chaque étape a au plus une synthèse.</translation>
    </message>
    <message>
        <source>a short list of short texts is expected.</source>
        <translation>une courte liste de textes courts est attendue.</translation>
    </message>
    <message>
        <source>a list of questions is expected.</source>
        <translation>une liste de questions est attendue.</translation>
    </message>
    <message>
        <source>the note does not say where it is pinned.</source>
        <translation>la note ne dit pas où elle est épinglée.</translation>
    </message>
    <message>
        <source>member “{member}”: {problem}</source>
        <translation>élément « {member} » : {problem}</translation>
    </message>
    <message>
        <source>the name holds a forbidden character.</source>
        <translation>le nom contient un caractère interdit.</translation>
    </message>
    <message>
        <source>an absolute path is not allowed in an archive.</source>
        <translation>un chemin absolu n’est pas permis dans une archive.</translation>
    </message>
    <message>
        <source>the name leads out of the archive's folder.</source>
        <translation>le nom sort du dossier de l’archive.</translation>
    </message>
    <message>
        <source>the name is too long.</source>
        <translation>le nom est trop long.</translation>
    </message>
    <message>
        <source>a workshop archive holds only workshop.json and pictograms/ pictures.</source>
        <translation>une archive d’atelier ne contient que workshop.json et des images dans pictograms/.</translation>
    </message>
    <message>
        <source>encrypted members are not allowed.</source>
        <translation>les éléments chiffrés ne sont pas permis.</translation>
    </message>
    <message>
        <source>this compression method is not supported.</source>
        <translation>cette méthode de compression n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>links are not allowed in an archive.</source>
        <translation>les liens ne sont pas permis dans une archive.</translation>
    </message>
    <message>
        <source>the member is larger than {size} MB.</source>
        <translation>l’élément dépasse {size} Mo.</translation>
    </message>
    <message>
        <source>the member is compressed more than {ratio} times: this looks like a zip bomb.</source>
        <translation>l’élément est compressé plus de {ratio} fois : cela ressemble à une bombe de décompression.</translation>
    </message>
    <message>
        <source>the archive is larger than {size} MB.</source>
        <translation>l’archive dépasse {size} Mo.</translation>
    </message>
    <message>
        <source>this is not a zip archive ({detail}).</source>
        <translation>ce n’est pas une archive zip ({detail}).</translation>
    </message>
    <message>
        <source>the archive cannot be read ({detail}).</source>
        <translation>l’archive ne peut pas être lue ({detail}).</translation>
    </message>
    <message>
        <source>the archive holds {count} members; at most {max}.</source>
        <translation>l’archive contient {count} éléments ; au plus {max}.</translation>
    </message>
    <message>
        <source>the archive holds this name twice.</source>
        <translation>l’archive contient ce nom deux fois.</translation>
    </message>
    <message>
        <source>the archive unpacks to more than {size} MB.</source>
        <translation>l’archive décompressée dépasse {size} Mo.</translation>
    </message>
    <message>
        <source>this is not a workshop archive: workshop.json is missing.</source>
        <translation>ce n’est pas une archive d’atelier : workshop.json manque.</translation>
    </message>
    <message>
        <source>the member is damaged ({detail}).</source>
        <translation>l’élément est endommagé ({detail}).</translation>
    </message>
    <message>
        <source>the member's size is not the one the archive declares.</source>
        <translation>la taille de l’élément n’est pas celle que déclare l’archive.</translation>
    </message>
    <message>
        <source>{path}: this workshop's archive could not be read back, so it was not written: {reason}</source>
        <translation>{path} : l’archive de cet atelier ne pourrait pas être relue, elle n’a donc pas été écrite : {reason}</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>New Workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Workshop Details</source>
        <translation>Informations de l’atelier</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>A blank workshop</source>
        <translation>Un atelier vierge</translation>
    </message>
    <message>
        <source>The sample workshop (comes with Workshop Studio)</source>
        <translation>L’atelier d’exemple (fourni avec Workshop Studio)</translation>
    </message>
    <message>
        <source>Copy its partic&amp;ipants too</source>
        <translation>Reprendre aussi ses part&amp;icipants</translation>
    </message>
    <message>
        <source>Required, e.g. “Recruiting in a small business – Avignon”</source>
        <translation>Obligatoire, par ex. « Recruter dans une TPE – Avignon »</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>At</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Time available</source>
        <translation>Temps disponible</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>e.g. Agence d'Avignon</source>
        <translation>par ex. Agence d’Avignon</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>e.g. Salle 2</source>
        <translation>par ex. Salle 2</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Frise</translation>
    </message>
    <message>
        <source>No timeline</source>
        <translation>Pas de frise</translation>
    </message>
    <message>
        <source>%1 (%2 stages)</source>
        <translation>%1 (%2 étapes)</translation>
    </message>
    <message>
        <source>%1 cards</source>
        <translation>%1 cartes</translation>
    </message>
    <message>
        <source>Decks</source>
        <translation>Jeux de cartes</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrice</translation>
    </message>
    <message>
        <source>No matrix</source>
        <translation>Pas de matrice</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Notes are pinned to this workshop's timeline: it stays as it is.</source>
        <translation>Des notes sont épinglées à la frise de cet atelier : elle reste telle quelle.</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Time a&amp;vailable:</source>
        <translation>Temps disp&amp;onible :</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <source>&amp;Facilitator:</source>
        <translation>&amp;Animation :</translation>
    </message>
    <message>
        <source>What it uses</source>
        <translation>Ce qu’il utilise</translation>
    </message>
    <message>
        <source>Time&amp;line:</source>
        <translation>&amp;Frise :</translation>
    </message>
    <message>
        <source>D&amp;ecks:</source>
        <translation>&amp;Jeux de cartes :</translation>
    </message>
    <message>
        <source>Sce&amp;narios:</source>
        <translation>Scé&amp;narios :</translation>
    </message>
    <message>
        <source>&amp;Matrix:</source>
        <translation>&amp;Matrice :</translation>
    </message>
    <message>
        <source>Its agenda, timeline, deck, scenarios and matrix; what your library lacks of them is added to it. Never its notes.</source>
        <translation>Son déroulé, sa frise, son jeu, ses scénarios et sa matrice ; ce qui manque à votre bibliothèque y est ajouté. Jamais ses notes.</translation>
    </message>
    <message>
        <source>Its agenda, timeline stages and materials are copied. Never its notes.</source>
        <translation>Son déroulé, les étapes de sa frise et son matériel sont repris. Jamais ses notes.</translation>
    </message>
    <message>
        <source>An empty agenda, to build from the library.</source>
        <translation>Un déroulé vide, à construire depuis la bibliothèque.</translation>
    </message>
    <message>
        <source>ends at %1</source>
        <translation>fin à %1</translation>
    </message>
</context>
<context>
    <name>WorkshopFileActions</name>
    <message>
        <source>Import a &amp;workshop archive…</source>
        <translation>Importer une archive d’&amp;atelier…</translation>
    </message>
    <message>
        <source>E&amp;xport the workshop (report, table, picture, archive)…</source>
        <translation>E&amp;xporter l’atelier (compte rendu, tableau, image, archive)…</translation>
    </message>
</context>
<context>
    <name>WorkshopFiles</name>
    <message>
        <source>Import a workshop archive</source>
        <translation>Importer une archive d’atelier</translation>
    </message>
    <message>
        <source>Workshop archives (*.zip)</source>
        <translation>Archives d’atelier (*.zip)</translation>
    </message>
    <message>
        <source>Nothing was imported.

%1</source>
        <translation>Rien n’a été importé.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported “%1” with %n note(s).</source>
        <translation>
            <numerusform>« %1 » importé avec %n note.</numerusform>
            <numerusform>« %1 » importé avec %n notes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the workshop “%1” with its %n note(s), participants, groups and syntheses?</source>
        <translation>
            <numerusform>Supprimer l’atelier « %1 » avec %n note, ses participants, ses regroupements et ses synthèses ?</numerusform>
            <numerusform>Supprimer l’atelier « %1 » avec ses %n notes, ses participants, ses regroupements et ses synthèses ?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone. The automatic backups of the database still hold the workshop until they rotate out (one is taken now). Export an archive first to keep it at hand. The library (cards, scenarios, timelines) stays.</source>
        <translation>Impossible d’annuler. Les sauvegardes automatiques de la base gardent l’atelier jusqu’à ce qu’elles soient remplacées par de plus récentes (une sauvegarde est faite maintenant). Exportez d’abord une archive pour le garder sous la main. La bibliothèque (cartes, scénarios, frises) reste.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted “%1” (%n note(s)).</source>
        <translation>
            <numerusform>« %1 » supprimé (%n note).</numerusform>
            <numerusform>« %1 » supprimé (%n notes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the workshop</source>
        <translation>Supprimer l’atelier</translation>
    </message>
    <message>
        <source>Nothing was deleted.

%1</source>
        <translation>Rien n’a été supprimé.

%1</translation>
    </message>
</context>
<context>
    <name>WorkshopSetup</name>
    <message>
        <source>A workshop needs a title.</source>
        <translation>Un atelier a besoin d’un titre.</translation>
    </message>
    <message>
        <source>A workshop's title has at most {max} characters.</source>
        <translation>Le titre d’un atelier a au plus {max} caractères.</translation>
    </message>
    <message>
        <source>The {what} must be text.</source>
        <translation>{what} : du texte est attendu.</translation>
    </message>
    <message>
        <source>The {what} has at most {max} characters.</source>
        <translation>{what} : au plus {max} caractères.</translation>
    </message>
    <message>
        <source>The time available is from 1 to {max} minutes.</source>
        <translation>Le temps disponible va de 1 à {max} minutes.</translation>
    </message>
    <message>
        <source>The date is not a date.</source>
        <translation>La date n’est pas une date valide.</translation>
    </message>
    <message>
        <source>The start time is not a time of day.</source>
        <translation>L’heure de début n’est pas une heure valide.</translation>
    </message>
    <message>
        <source>place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>facilitator's name</source>
        <translation>Nom de l’animateur ou de l’animatrice</translation>
    </message>
    <message>
        <source>matrix</source>
        <translation>matrice</translation>
    </message>
    <message>
        <source>timeline</source>
        <translation>frise</translation>
    </message>
    <message>
        <source>deck</source>
        <translation>jeu de cartes</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scénario</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>Notes are already pinned to this workshop's timeline, so its timeline cannot change any more. Make a new workshop from this one (its notes stay behind) to use another timeline.</source>
        <translation>Des notes sont déjà épinglées à la frise de cet atelier : sa frise ne peut plus changer. Créez un nouvel atelier à partir de celui-ci (ses notes restent ici) pour utiliser une autre frise.</translation>
    </message>
    <message>
        <source>This workshop holds notes now; delete it from the review page.</source>
        <translation>Cet atelier contient désormais des notes ; supprimez-le depuis la page Relecture.</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>No workshop has the id {id}.</source>
        <translation>Aucun atelier n’a le numéro {id}.</translation>
    </message>
    <message>
        <source>No workshop has the id or title “{name}”.</source>
        <translation>Aucun atelier n’a le numéro ou le titre « {name} ».</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>&amp;Workshop:</source>
        <translation>&amp;Atelier :</translation>
    </message>
    <message>
        <source>No workshop yet. Prepare one with “New Workshop…” (Ctrl+Shift+N): from scratch, from the sample that comes with Workshop Studio, or from another workshop.</source>
        <translation>Aucun atelier pour l’instant. Préparez-en un avec « Nouvel atelier… » (Ctrl+Maj+N) : vierge, à partir de l’exemple fourni avec Workshop Studio, ou d’un autre atelier.</translation>
    </message>
    <message>
        <source>New Workshop…</source>
        <translation>Nouvel atelier…</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Drag onto the agenda, or double-click to add</source>
        <translation>Glissez sur le déroulé, ou double-cliquez pour ajouter</translation>
    </message>
    <message>
        <source>Timeline and notes</source>
        <translation>Frise et notes</translation>
    </message>
    <message>
        <source>facilitated by %1</source>
        <translation>animé par %1</translation>
    </message>
    <message>
        <source>decks: %1</source>
        <translation>jeux : %1</translation>
    </message>
    <message>
        <source>scenarios: %1</source>
        <translation>scénarios : %1</translation>
    </message>
    <message>
        <source>matrix: %1</source>
        <translation>matrice : %1</translation>
    </message>
    <message>
        <source>Uses no timeline, deck, scenario or matrix yet (Workshop Details…).</source>
        <translation>N’utilise encore ni frise, ni jeu, ni scénario, ni matrice (Informations de l’atelier…).</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>timeline: %1</source>
        <translation>frise : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To sort: %n note(s)</source>
        <translation>
            <numerusform>À trier : %n note</numerusform>
            <numerusform>À trier : %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>affiche cette aide et quitte</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>ces arguments sont obligatoires : %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide : %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus : %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s : %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur invalide (%(type)s) : %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë : %(option)s peut désigner %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>incompatible avec l’argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument est attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument est attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument est attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré : %r</translation>
    </message>
    <message>
        <source>can't open '%(filename)s': %(error)s</source>
        <translation>impossible d’ouvrir « %(filename)s » : %(error)s</translation>
    </message>
    <message>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>commande inconnue %(parser_name)r (choix : %(choices)s)</translation>
    </message>
</context>
</TS>