<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Catalogue</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>{known} of {expected} selected projects</source>
        <translation>{known} projets sélectionnés sur {expected}</translation>
    </message>
    <message>
        <source>{known} of {expected} sessions</source>
        <translation>{known} sessions sur {expected}</translation>
    </message>
    <message>
        <source>{year}: {parts} are known offline; sync or import to complete it.</source>
        <translation>{year} : {parts} sont disponibles hors ligne ; synchronisez ou importez pour compléter.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
</context>
<context>
    <name>Certainty</name>
    <message>
        <source>stated by the source</source>
        <translation>attesté par la source</translation>
    </message>
    <message>
        <source>partly stated</source>
        <translation>partiellement attesté</translation>
    </message>
    <message>
        <source>inferred</source>
        <translation>déduit</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>fictif</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>time</source>
        <translation>horaire</translation>
    </message>
    <message>
        <source>duration</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <source>speakers</source>
        <translation>intervenants</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Marked</source>
        <translation>Marqué</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the pack printed on {date}.</source>
        <translation>
            <numerusform>%n changement depuis le dossier imprimé le {date}.</numerusform>
            <numerusform>%n changements depuis le dossier imprimé le {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pack printed yet.</source>
        <translation>Aucun dossier imprimé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>Aucun changement enregistré.</translation>
    </message>
</context>
<context>
    <name>DelegationView</name>
    <message>
        <source>My delegation</source>
        <translation>Ma délégation</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>New delegation…</source>
        <translation>Nouvelle délégation…</translation>
    </message>
    <message>
        <source>Delegate&apos;s name</source>
        <translation>Nom du délégué</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Add delegate</source>
        <translation>Ajouter un délégué</translation>
    </message>
    <message>
        <source>Marked items by delegate</source>
        <translation>Éléments marqués par délégué</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Conflicts (double-click to decline the second)</source>
        <translation>Conflits (double-clic pour décliner la seconde)</translation>
    </message>
    <message>
        <source>Create your delegation to mark sessions and projects.</source>
        <translation>Créez votre délégation pour marquer sessions et projets.</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>Toute la délégation</translation>
    </message>
    <message>
        <source>{delegate}: “{first}” overlaps “{second}”</source>
        <translation>{delegate} : « {first} » chevauche « {second} »</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Nouvelle délégation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country code (ISO 3166, e.g. SN)</source>
        <translation>Code pays (ISO 3166, p. ex. SN)</translation>
    </message>
</context>
<context>
    <name>Delegations</name>
    <message>
        <source>A delegation needs a name.</source>
        <translation>Une délégation doit avoir un nom.</translation>
    </message>
    <message>
        <source>Country &apos;{country}&apos; is not an ISO 3166 code such as FR or SEN.</source>
        <translation>Le pays « {country} » n&apos;est pas un code ISO 3166 comme FR ou SEN.</translation>
    </message>
    <message>
        <source>A delegate needs a name.</source>
        <translation>Un délégué doit avoir un nom.</translation>
    </message>
    <message>
        <source>{delegation} already has a delegate named &apos;{name}&apos;.</source>
        <translation>{delegation} a déjà un délégué nommé « {name} ».</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Show in:</source>
        <translation>Afficher en :</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Délégués</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why it matters to the delegation</source>
        <translation>Pourquoi c&apos;est important pour la délégation</translation>
    </message>
    <message>
        <source>Save mark</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notes…</translation>
    </message>
    <message>
        <source>the window&apos;s language</source>
        <translation>la langue de la fenêtre</translation>
    </message>
    <message>
        <source>Select a session or a project.</source>
        <translation>Choisissez une session ou un projet.</translation>
    </message>
    <message>
        <source>Create a delegation (My delegation) to mark items.</source>
        <translation>Créez une délégation (Ma délégation) pour marquer des éléments.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>In other languages</source>
        <translation>Dans d&apos;autres langues</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>On this computer&apos;s clock</source>
        <translation>À l&apos;heure de cet ordinateur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Thématique</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Mark saved.</source>
        <translation>Marquage enregistré.</translation>
    </message>
    <message>
        <source>Mark removed; notes are kept.</source>
        <translation>Marquage retiré ; les notes sont conservées.</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Impossible de lire {path} : {error}</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB; refused.</source>
        <translation>{path} dépasse {limit} Mo ; refusé.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d&apos;écrire {path} : {error}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot tell what kind of file this is; give --kind briefer, frab-xml, frab-json, ics or csv.</source>
        <translation>Impossible de reconnaître le type de ce fichier ; indiquez --kind briefer, frab-xml, frab-json, ics ou csv.</translation>
    </message>
    <message>
        <source>The XML file declares a DTD or entities (a possible XXE or entity-expansion attack); refused. Nothing was changed.</source>
        <translation>Le fichier XML déclare une DTD ou des entités (attaque XXE ou par expansion d&apos;entités possible) ; refusé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML: {error}. Nothing was changed.</source>
        <translation>Le fichier n&apos;est pas du XML bien formé : {error}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This XML is not a frab schedule (its root is &lt;{tag}&gt;).</source>
        <translation>Ce XML n&apos;est pas un programme frab (sa racine est &lt;{tag}&gt;).</translation>
    </message>
    <message>
        <source>This frab schedule has no &lt;conference&gt; element.</source>
        <translation>Ce programme frab n&apos;a pas d&apos;élément &lt;conference&gt;.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: {error}. Nothing was changed.</source>
        <translation>Le fichier n&apos;est pas du JSON valide : {error}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This JSON is not a frab/pretalx schedule (no schedule.conference.days).</source>
        <translation>Ce JSON n&apos;est pas un programme frab/pretalx (pas de schedule.conference.days).</translation>
    </message>
    <message>
        <source>The file is not valid iCalendar: {error}. Nothing was changed.</source>
        <translation>Le fichier n&apos;est pas un iCalendar valide : {error}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text.</source>
        <translation>Le fichier CSV n&apos;est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The CSV header lacks {missing} (documented columns: {columns}).</source>
        <translation>L&apos;en-tête CSV n&apos;a pas {missing} (colonnes documentées : {columns}).</translation>
    </message>
    <message>
        <source>CSV line {line}: the id is empty.</source>
        <translation>CSV, ligne {line} : l&apos;identifiant est vide.</translation>
    </message>
    <message>
        <source>CSV line {line}: day &apos;{day}&apos; is not YYYY-MM-DD.</source>
        <translation>CSV, ligne {line} : le jour « {day} » n&apos;est pas au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>CSV line {line}: kind must be &apos;session&apos; or &apos;project&apos;, not &apos;{kind}&apos;.</source>
        <translation>CSV, ligne {line} : le type doit être « session » ou « project », pas « {kind} ».</translation>
    </message>
    <message>
        <source>CSV line {line}: time &apos;{value}&apos; needs HH:MM and a day, or a full ISO 8601 time with its offset.</source>
        <translation>CSV, ligne {line} : l&apos;heure « {value} » demande HH:MM et un jour, ou une heure ISO 8601 complète avec son décalage.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Briefer — briefing for the Paris Peace Forum</source>
        <translation>Briefer — préparation du Forum de Paris sur la Paix</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>My delegation</source>
        <translation>Ma délégation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Search everything (Ctrl+F)…</source>
        <translation>Tout rechercher (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchroniser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Import programme file…</source>
        <translation>Importer un fichier de programme…</translation>
    </message>
    <message>
        <source>Export marks and notes…</source>
        <translation>Exporter marquages et notes…</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s marks and notes…</source>
        <translation>Importer les marquages et notes d&apos;un collègue…</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <source>Print pack…</source>
        <translation>Imprimer le dossier…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Sync all sources</source>
        <translation>Synchroniser toutes les sources</translation>
    </message>
    <message>
        <source>Add a source…</source>
        <translation>Ajouter une source…</translation>
    </message>
    <message>
        <source>About Briefer</source>
        <translation>À propos de Briefer</translation>
    </message>
    <message>
        <source>Build a pack first: then it can be printed.</source>
        <translation>Créez d&apos;abord un dossier : il pourra ensuite être imprimé.</translation>
    </message>
    <message>
        <source>Catalogue version {version}</source>
        <translation>Version du catalogue {version}</translation>
    </message>
    <message>
        <source>ILLUSTRATIVE DATA</source>
        <translation>DONNÉES FICTIVES</translation>
    </message>
    <message>
        <source>partial: see Help › About</source>
        <translation>partiel : voir Aide › À propos</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Dernière synchro {when}</translation>
    </message>
    <message>
        <source>Never synced: bundled data</source>
        <translation>Jamais synchronisé : données intégrées</translation>
    </message>
    <message>
        <source>Network status unknown</source>
        <translation>État du réseau inconnu</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>{name} (unsigned: trusted by you)</source>
        <translation>{name} (non signé : de confiance selon vous)</translation>
    </message>
    <message>
        <source>No source yet</source>
        <translation>Aucune source</translation>
    </message>
    <message>
        <source>No source yet. Add the address of your ministry&apos;s feed (Sync › Add a source), or import a programme file.</source>
        <translation>Aucune source. Ajoutez l&apos;adresse du flux de votre ministère (Synchronisation › Ajouter une source) ou importez un fichier de programme.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation>Déjà à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%n changement appliqué.</numerusform>
            <numerusform>%n changements appliqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed; nothing was changed.</source>
        <translation>Échec de la synchronisation ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation>Adresse (URL)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Publisher&apos;s public key</source>
        <translation>Clé publique de l&apos;éditeur</translation>
    </message>
    <message>
        <source>Without a key, data from this address cannot be verified. Accept unsigned data from it?</source>
        <translation>Sans clé, les données de cette adresse ne peuvent être vérifiées. Accepter des données non signées ?</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Nom court</translation>
    </message>
    <message>
        <source>Import programme file</source>
        <translation>Importer un fichier de programme</translation>
    </message>
    <message>
        <source>Programmes (*.xml *.json *.ics *.csv *.gz)</source>
        <translation>Programmes (*.xml *.json *.ics *.csv *.gz)</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Export marks and notes</source>
        <translation>Exporter marquages et notes</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Import marks and notes</source>
        <translation>Importer marquages et notes</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>{marks} marks and {notes} notes added; {conflicts} kept in two versions, flagged.</source>
        <translation>{marks} marquages et {notes} notes ajoutés ; {conflicts} conservés en deux versions, signalés.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Briefer {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Data: {source}&lt;/p&gt;&lt;p&gt;{lines}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Briefer {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Données : {source}&lt;/p&gt;&lt;p&gt;{lines}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Notes</name>
    <message>
        <source>A note cannot be empty.</source>
        <translation>Une note ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A note is limited to 5 MB.</source>
        <translation>Une note est limitée à 5 Mo.</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>New delegation note</source>
        <translation>Nouvelle note de délégation</translation>
    </message>
    <message>
        <source>Right-to-left</source>
        <translation>De droite à gauche</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list</source>
        <translation>Écrivez en Markdown : # titre, **gras**, - liste</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source> [conflicting version]</source>
        <translation> [version en conflit]</translation>
    </message>
    <message>
        <source>Delegation note</source>
        <translation>Note de délégation</translation>
    </message>
    <message>
        <source>Note on {title}</source>
        <translation>Note sur {title}</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message>
        <source>Nothing is marked for {who}: mark sessions or projects first.</source>
        <translation>Rien n&apos;est marqué pour {who} : marquez d&apos;abord des sessions ou des projets.</translation>
    </message>
    <message>
        <source>No marked session for {who} on {day}.</source>
        <translation>Aucune session marquée pour {who} le {day}.</translation>
    </message>
</context>
<context>
    <name>PacksView</name>
    <message>
        <source>Briefing packs</source>
        <translation>Dossiers de préparation</translation>
    </message>
    <message>
        <source>Briefing pack</source>
        <translation>Dossier de préparation</translation>
    </message>
    <message>
        <source>Day sheet</source>
        <translation>Programme du jour</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Classification line</source>
        <translation>Mention de classification</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Filigrane</translation>
    </message>
    <message>
        <source>Changes since the last pack</source>
        <translation>Changements depuis le dernier dossier</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Session briefs</source>
        <translation>Fiches des sessions</translation>
    </message>
    <message>
        <source>Project briefs</source>
        <translation>Fiches des projets</translation>
    </message>
    <message>
        <source>Delegation notes</source>
        <translation>Notes de la délégation</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>p. ex. DIFFUSION RESTREINTE</translation>
    </message>
    <message>
        <source>e.g. DRAFT</source>
        <translation>p. ex. PROJET</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>Créer le dossier</translation>
    </message>
    <message>
        <source>Build day sheet</source>
        <translation>Créer le programme du jour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>Toute la délégation</translation>
    </message>
    <message>
        <source>Build a pack to see its pages here.</source>
        <translation>Créez un dossier pour en voir les pages ici.</translation>
    </message>
    <message>
        <source>Create your delegation in My delegation and mark sessions or projects: the pack&apos;s pages will show here.</source>
        <translation>Créez votre délégation dans Ma délégation et marquez des sessions ou des projets : les pages du dossier s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>Building the day sheet…</source>
        <translation>Création du programme du jour…</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n pages: save, print or open the folder for the whole pack.</source>
        <translation>
            <numerusform>L&apos;aperçu montre les %1 premières pages sur %n : enregistrez ou imprimez le dossier pour le voir en entier.</numerusform>
            <numerusform>L&apos;aperçu montre les %1 premières pages sur %n : enregistrez ou imprimez le dossier pour le voir en entier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The pack could not be saved to {path}: {reason}</source>
        <translation>Le dossier n&apos;a pas pu être enregistré dans {path} : {reason}</translation>
    </message>
    <message>
        <source>Sending the pack to the printer…</source>
        <translation>Envoi du dossier à l&apos;imprimante…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l&apos;imprimante.</numerusform>
            <numerusform>%n pages envoyées à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the pack…</source>
        <translation>Création du dossier…</translation>
    </message>
    <message>
        <source>page %v</source>
        <translation>page %v</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) ready.</source>
        <translation>
            <numerusform>%n page prête.</numerusform>
            <numerusform>%n pages prêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save pack</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Enregistré dans {path}</translation>
    </message>
</context>
<context>
    <name>Place</name>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>place to be announced</source>
        <translation>lieu à confirmer</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The print system did not answer: {reason}</source>
        <translation>Le système d&apos;impression n&apos;a pas répondu : {reason}</translation>
    </message>
    <message>
        <source>The printer refused the pack: {reason}</source>
        <translation>L&apos;imprimante a refusé le dossier : {reason}</translation>
    </message>
    <message>
        <source>The chosen pages are not in the pack.</source>
        <translation>Les pages choisies ne sont pas dans le dossier.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Impossible de démarrer l&apos;imprimante.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages.</source>
        <translation>L&apos;imprimante n&apos;accepte plus de pages.</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <source>must attend</source>
        <translation>incontournable</translation>
    </message>
    <message>
        <source>should attend</source>
        <translation>recommandé</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Délégué</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>Marqués seulement</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>all days</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>all formats</source>
        <translation>tous les formats</translation>
    </message>
    <message>
        <source>all themes</source>
        <translation>tous les thèmes</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>selected project</source>
        <translation>projet sélectionné</translation>
    </message>
    <message>
        <source>Scale-up</source>
        <translation>Scale-up</translation>
    </message>
    <message>
        <source>forum initiative</source>
        <translation>initiative du forum</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
</context>
<context>
    <name>ProjectsView</name>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <source>Filter by name, organisation, region, country</source>
        <translation>Filtrer par nom, organisation, région, pays</translation>
    </message>
    <message>
        <source>all editions</source>
        <translation>toutes les éditions</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Note on {title}</source>
        <translation>Note sur {title}</translation>
    </message>
    <message>
        <source>Delegation note</source>
        <translation>Note de délégation</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projets</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Themes and priorities</source>
        <translation>Thèmes et priorités</translation>
    </message>
    <message>
        <source>Editions</source>
        <translation>Éditions</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Vos notes</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Type in the search field (Ctrl+F): Arabic, French or English, any spelling.</source>
        <translation>Tapez dans le champ de recherche (Ctrl+F) : arabe, français ou anglais, quelle que soit l&apos;orthographe.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>{path} is not a Briefer selection file: {reason}. Nothing was imported.</source>
        <translation>{path} n&apos;est pas un fichier de sélection Briefer : {reason}. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>it is larger than 50 MB</source>
        <translation>il dépasse 50 Mo</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}</source>
        <translation>JSON invalide à la ligne {line}</translation>
    </message>
    <message>
        <source>it has no &apos;format&apos;: &apos;briefer-selection&apos; marker</source>
        <translation>il n&apos;a pas la marque &apos;format&apos;: &apos;briefer-selection&apos;</translation>
    </message>
    <message>
        <source>format version &apos;{version}&apos; is not supported</source>
        <translation>la version de format « {version} » n&apos;est pas prise en charge</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marquage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Day to be announced</source>
        <translation>Jour à confirmer</translation>
    </message>
    <message numerus="yes">
        <source>{day} — %n session(s)</source>
        <translation>
            <numerusform>{day} — %n session</numerusform>
            <numerusform>{day} — %n sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The catalogue file {path} is damaged or not a catalogue: {error}</source>
        <translation>Le fichier de catalogue {path} est endommagé ou n&apos;est pas un catalogue : {error}</translation>
    </message>
    <message>
        <source>The catalogue file {path} has format {version}; this Briefer reads format {known}.</source>
        <translation>Le fichier de catalogue {path} est au format {version} ; ce Briefer lit le format {known}.</translation>
    </message>
    <message>
        <source>The bundled catalogue is missing from {path}; reinstall Briefer.</source>
        <translation>Le catalogue intégré manque à l&apos;emplacement {path} ; réinstallez Briefer.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} is damaged or is not a Briefer database ({error}). It has been left exactly as it is; restore a backup or choose another data folder.</source>
        <translation>Vos données Briefer dans {path} sont endommagées ou ne sont pas une base Briefer ({error}). Elles ont été laissées telles quelles ; restaurez une sauvegarde ou choisissez un autre dossier de données.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} was written by a newer version of Briefer (schema {version}, this version knows {known}). It has been left untouched; update Briefer to open it.</source>
        <translation>Vos données Briefer dans {path} ont été écrites par une version plus récente de Briefer (schéma {version}, cette version connaît {known}). Elles n&apos;ont pas été touchées ; mettez Briefer à jour pour les ouvrir.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not Briefer&apos;s; it was left untouched.</source>
        <translation>{path} est une base SQLite, mais pas celle de Briefer ; elle n&apos;a pas été touchée.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {error}</source>
        <translation>Impossible de créer le dossier de données {path} : {error}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The new data for &apos;{namespace}&apos; holds no session and no project: an empty programme is almost always a publishing error. Nothing was changed (use --force to accept).</source>
        <translation>Les nouvelles données de « {namespace} » ne contiennent ni session ni projet : un programme vide est presque toujours une erreur de publication. Rien n&apos;a été modifié (utilisez --force pour l&apos;accepter).</translation>
    </message>
    <message>
        <source>The feed is version {version}, older than the version {held} already held: refused as a rollback. Nothing was changed (use --force to accept).</source>
        <translation>Le flux est en version {version}, plus ancienne que la version {held} déjà présente : refusé comme retour en arrière. Rien n&apos;a été modifié (utilisez --force pour l&apos;accepter).</translation>
    </message>
    <message>
        <source>Nothing was changed; your data is as it was.</source>
        <translation>Rien n&apos;a été modifié ; vos données sont restées telles quelles.</translation>
    </message>
    <message>
        <source>Cannot find the server &apos;{host}&apos; (DNS lookup failed): check the address or your connection.</source>
        <translation>Serveur « {host} » introuvable (échec de la résolution DNS) : vérifiez l&apos;adresse ou votre connexion.</translation>
    </message>
    <message>
        <source>The server refused the connection ({url}).</source>
        <translation>Le serveur a refusé la connexion ({url}).</translation>
    </message>
    <message>
        <source>Connecting to {url} timed out: the network may be offline or the server down.</source>
        <translation>La connexion à {url} a expiré : le réseau est peut-être coupé ou le serveur arrêté.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified ({reason}); the connection was refused.</source>
        <translation>Le certificat TLS du serveur n&apos;a pas pu être vérifié ({reason}) ; la connexion a été refusée.</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {reason}.</source>
        <translation>Impossible de joindre {url} : {reason}.</translation>
    </message>
    <message>
        <source>The source is not at {url} (HTTP 404 Not Found).</source>
        <translation>La source n&apos;est pas à l&apos;adresse {url} (HTTP 404 Not Found).</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP 503).</source>
        <translation>Le serveur est momentanément indisponible (HTTP 503).</translation>
    </message>
    <message>
        <source>Try again in {after} seconds.</source>
        <translation>Réessayez dans {after} secondes.</translation>
    </message>
    <message>
        <source>Try again after {after}.</source>
        <translation>Réessayez après {after}.</translation>
    </message>
    <message>
        <source>The server failed (HTTP {code}); try again later.</source>
        <translation>Le serveur a échoué (HTTP {code}) ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered HTTP {code} for {url}.</source>
        <translation>Le serveur a répondu HTTP {code} pour {url}.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an http(s) address.</source>
        <translation>« {url} » n&apos;est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>The connection to {url} failed: {error}.</source>
        <translation>La connexion à {url} a échoué : {error}.</translation>
    </message>
    <message>
        <source>The source is {size} MB, over the {limit} MB limit.</source>
        <translation>La source fait {size} Mo, au-delà de la limite de {limit} Mo.</translation>
    </message>
    <message>
        <source>The download passed the {limit} MB limit; stopped.</source>
        <translation>Le téléchargement a dépassé la limite de {limit} Mo ; il a été arrêté.</translation>
    </message>
    <message>
        <source>The server stopped sending in the middle of the download ({total} bytes received).</source>
        <translation>Le serveur a cessé d&apos;envoyer au milieu du téléchargement ({total} octets reçus).</translation>
    </message>
    <message>
        <source>The download was cut short ({total} of {expected} bytes).</source>
        <translation>Le téléchargement a été interrompu ({total} octets sur {expected}).</translation>
    </message>
    <message>
        <source>The connection broke during the download: {error}.</source>
        <translation>La connexion a été coupée pendant le téléchargement : {error}.</translation>
    </message>
    <message>
        <source>That is not an Ed25519 public key (PEM or base64).</source>
        <translation>Ce n&apos;est pas une clé publique Ed25519 (PEM ou base64).</translation>
    </message>
    <message>
        <source>That is not an Ed25519 public key.</source>
        <translation>Ce n&apos;est pas une clé publique Ed25519.</translation>
    </message>
    <message>
        <source>The feed&apos;s signature file is malformed; nothing was changed.</source>
        <translation>Le fichier de signature du flux est mal formé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Bad signature: the feed does not match its signature (altered in transit or on the server). Nothing was changed.</source>
        <translation>Signature invalide : le flux ne correspond pas à sa signature (modifié en route ou sur le serveur). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The feed is signed by key {key}, which this source does not trust. Nothing was changed; add the publisher&apos;s public key if you trust it.</source>
        <translation>Le flux est signé par la clé {key}, à laquelle cette source ne fait pas confiance. Rien n&apos;a été modifié ; ajoutez la clé publique de l&apos;éditeur si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>Kind &apos;{kind}&apos; is not one of {kinds}.</source>
        <translation>Le type « {kind} » n&apos;est pas l&apos;un de ceux-ci : {kinds}.</translation>
    </message>
    <message>
        <source>A source name uses letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation>Un nom de source ne contient que des lettres, des chiffres, « - » et « _ ».</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an http(s) or file address.</source>
        <translation>« {url} » n&apos;est ni une adresse http(s) ni un fichier.</translation>
    </message>
    <message>
        <source>A Briefer feed needs the publisher&apos;s public key (--key FILE), or --trust-unsigned if you accept unsigned data from this address.</source>
        <translation>Un flux Briefer demande la clé publique de l&apos;éditeur (--key FICHIER), ou --trust-unsigned si vous acceptez des données non signées de cette adresse.</translation>
    </message>
    <message>
        <source>There is already a source named &apos;{name}&apos;.</source>
        <translation>Il existe déjà une source nommée « {name} ».</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message>
        <source>No source named &apos;{name}&apos; (sources: {known}).</source>
        <translation>Aucune source nommée « {name} » (sources : {known}).</translation>
    </message>
    <message>
        <source>The feed has no signature at {url}; refused. Nothing was changed.</source>
        <translation>Le flux n&apos;a pas de signature à l&apos;adresse {url} ; refusé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The feed is unsigned and this source is not marked trusted-unsigned; refused. Nothing was changed.</source>
        <translation>Le flux n&apos;est pas signé et cette source n&apos;accepte pas les données non signées ; refusé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The feed expands past {limit} MB when decompressed: refused as a compression bomb.</source>
        <translation>Le flux dépasse {limit} Mo une fois décompressé : refusé comme bombe de décompression.</translation>
    </message>
    <message>
        <source>The feed is not valid gzip data: {error}</source>
        <translation>Le flux n&apos;est pas des données gzip valides : {error}</translation>
    </message>
    <message>
        <source>The feed is invalid: {reason}. Nothing was changed.</source>
        <translation>Le flux est invalide : {reason}. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The feed is not valid JSON (line {line}, column {column}): {error}. Nothing was changed.</source>
        <translation>Le flux n&apos;est pas du JSON valide (ligne {line}, colonne {column}) : {error}. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>to be announced</source>
        <translation>à confirmer</translation>
    </message>
</context>
</TS>
