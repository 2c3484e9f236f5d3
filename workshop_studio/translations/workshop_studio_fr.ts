<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>Cli</name>
    <message>
        <source>Run co-design workshops on one shared screen.</source>
        <translation>Animer des ateliers de co-conception sur un écran partagé.</translation>
    </message>
    <message>
        <source>database file or SQLAlchemy URL (default: $WORKSHOP_STUDIO_DB, else the user data folder)</source>
        <translation>fichier de base de données ou URL SQLAlchemy (par défaut : $WORKSHOP_STUDIO_DB, sinon le dossier de données de l’utilisateur)</translation>
    </message>
    <message>
        <source>language of the interface</source>
        <translation>langue de l’interface</translation>
    </message>
    <message>
        <source>list decks, workshops or scenarios, one per line</source>
        <translation>lister les jeux, les ateliers ou les scénarios, un par ligne</translation>
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
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
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
        <source>The database could not be opened.

%1</source>
        <translation>La base de données n’a pas pu être ouverte.

%1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>migration to {revision} would break {count} reference(s)</source>
        <translation>la migration vers {revision} casserait {count} référence(s)</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a database file</source>
        <translation>{path} : c’est un dossier, pas un fichier de base de données</translation>
    </message>
    <message>
        <source>{path}: not a Workshop Studio database (not an SQLite file)</source>
        <translation>{path} : pas une base Workshop Studio (ce n’est pas un fichier SQLite)</translation>
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
        <source>a card must be an object.</source>
        <translation>une carte doit être un objet.</translation>
    </message>
    <message>
        <source>unknown card kind “{kind}”.</source>
        <translation>type de carte inconnu : « {kind} ».</translation>
    </message>
    <message>
        <source>copies must be a whole number from 0 to 999.</source>
        <translation>le nombre d’exemplaires doit être un entier de 0 à 999.</translation>
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
</context>
<context>
    <name>Edits</name>
    <message>
        <source>No {what} has the id {id}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The {what} may not be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new order of the {what} must list each of them exactly once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Some items to move are not in this list.</source>
        <translation type="unfinished" />
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
    <name>Library</name>
    <message>
        <source>Card “{title}”: no pictogram is called “{name}”.</source>
        <translation>Carte « {title} » : aucun pictogramme ne s’appelle « {name} ».</translation>
    </message>
    <message>
        <source>No deck has the id or name “{deck}”.</source>
        <translation>Aucun jeu n’a pour numéro ou pour nom « {deck} ».</translation>
    </message>
    <message>
        <source>No card is titled “{title}” in this deck.</source>
        <translation>Aucune carte de ce jeu ne s’intitule « {title} ».</translation>
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
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n carte</numerusform><numerusform>%n cartes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation><numerusform>%n exemplaire</numerusform><numerusform>%n exemplaires</numerusform></translation>
    </message>
</context>
<context>
    <name>Pictograms</name>
    <message>
        <source>No pictogram is called “{name}”.</source>
        <translation>Aucun pictogramme ne s’appelle « {name} ».</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Filter notes: words, stage, role, author…</source>
        <translation>Filtrer les notes : mots, étape, rôle, auteur…</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer :</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
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
        <source>No workshop yet</source>
        <translation>Pas encore d’atelier</translation>
    </message>
    <message>
        <source>Notes of “%1”</source>
        <translation>Notes de « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n note(s) shown</source>
        <translation><numerusform>%1 note affichée sur %n</numerusform><numerusform>%1 notes affichées sur %n</numerusform></translation>
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
</context>
<context>
    <name>ScenariosPage</name>
    <message>
        <source>Scenarios</source>
        <translation>Scénarios</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Questions for the group</source>
        <translation>Questions au groupe</translation>
    </message>
    <message>
        <source>Cards and stages involved</source>
        <translation>Cartes et étapes concernées</translation>
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
        <source>With the agency: %1</source>
        <translation>Avec l’agence : %1</translation>
    </message>
    <message>
        <source>Cards: %1</source>
        <translation>Cartes : %1</translation>
    </message>
    <message>
        <source>Stages: %1</source>
        <translation>Étapes : %1</translation>
    </message>
</context>
<context>
    <name>StepKind</name>
    <message>
        <source>Title slide</source>
        <translation>Accueil</translation>
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
        <source>the element &lt;{tag}&gt; is not allowed in a pictogram.</source>
        <translation>l’élément &lt;{tag}&gt; est interdit dans un pictogramme.</translation>
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
        <source>the drawing refers to an outside file (“{ref}”); pictograms must be self-contained.</source>
        <translation>le dessin fait appel à un fichier extérieur (« {ref} ») ; un pictogramme doit se suffire à lui-même.</translation>
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
    <name>Timelines</name>
    <message>
        <source>Stage “{title}”: no pictogram is called “{name}”.</source>
        <translation>Étape « {title} » : aucun pictogramme ne s’appelle « {name} ».</translation>
    </message>
    <message>
        <source>No timeline is called “{name}”.</source>
        <translation>Aucune frise ne s’appelle « {name} ».</translation>
    </message>
</context>
<context>
    <name>TimelinesPage</name>
    <message>
        <source>Timeline templates</source>
        <translation>Modèles de frise</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s)</source>
        <translation><numerusform>%n étape</numerusform><numerusform>%n étapes</numerusform></translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>No workshop has the id {id}.</source>
        <translation>Aucun atelier n’a le numéro {id}.</translation>
    </message>
    <message>
        <source>No workshop has the id or title “{workshop}”.</source>
        <translation>Aucun atelier n’a pour numéro ou pour titre « {workshop} ».</translation>
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
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Timeline stages and notes</source>
        <translation>Étapes de la frise et notes</translation>
    </message>
    <message>
        <source>facilitated by %1</source>
        <translation>animé par %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation><numerusform>%n note</numerusform><numerusform>%n notes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) planned</source>
        <translation><numerusform>%n minute prévue</numerusform><numerusform>%n minutes prévues</numerusform></translation>
    </message>
    <message>
        <source>timeline: %1</source>
        <translation>frise : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s)</source>
        <translation><numerusform>%n carte</numerusform><numerusform>%n cartes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>To sort: %n note(s)</source>
        <translation><numerusform>À trier : %n note</numerusform><numerusform>À trier : %n notes</numerusform></translation>
    </message>
</context>
</TS>