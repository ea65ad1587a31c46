<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Briefer</source>
        <translation>À propos de Briefer</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <source>{folder} (portable)</source>
        <translation>{folder} (version portable)</translation>
    </message>
    <message>
        <source>{qt}, {pyside}</source>
        <translation>{qt}, {pyside}</translation>
    </message>
    <message>
        <source>Prepare, carry offline and print a delegation&apos;s briefing for a forum.</source>
        <translation>Préparer, emporter hors ligne et imprimer le dossier d’une délégation pour un forum.</translation>
    </message>
    <message>
        <source>Catalogue version {version}</source>
        <translation>Version du catalogue {version}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Répertoire de données&#x202f;: {folder}</translation>
    </message>
    <message>
        <source>Briefer is free software under the MIT licence.</source>
        <translation>Briefer est un logiciel libre distribué sous licence MIT.</translation>
    </message>
    <message>
        <source>Qt and PySide6: &lt;a href=&quot;{url}&quot;&gt;GNU LGPL version 3&lt;/a&gt;.</source>
        <translation>Qt et PySide6&#x202f;: &lt;a href=&quot;{url}&quot;&gt;GNU LGPL version 3&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Fonts Amiri and IBM Plex Sans Arabic: &lt;a href=&quot;{url}&quot;&gt;SIL OFL 1.1&lt;/a&gt;.</source>
        <translation>Polices Amiri et IBM Plex Sans Arabic&#x202f;: &lt;a href=&quot;{url}&quot;&gt;SIL OFL 1.1&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Other components and their licences: THIRD-PARTY.md.</source>
        <translation>Autres composants et leurs licences&#x202f;: THIRD-PARTY.md.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>Priority: {priority}</source>
        <translation>Priorité&#x202f;: {priority}</translation>
    </message>
    <message>
        <source>The end time is not announced; the event ends when the next session in the room starts, or after an hour.</source>
        <translation>L’heure de fin reste à confirmer&#x202f;; l’événement prend fin au début de la session suivante dans la salle ou, à défaut, au bout d’une heure.</translation>
    </message>
    <message>
        <source>Source: {url}</source>
        <translation>Source&#x202f;: {url}</translation>
    </message>
    <message>
        <source>Our own item ({kind})</source>
        <translation>Rendez-vous de la délégation ({kind})</translation>
    </message>
    <message>
        <source>With: {names}</source>
        <translation>Avec&#x202f;: {names}</translation>
    </message>
    <message>
        <source>Attending: {names}</source>
        <translation>Pour la délégation&#x202f;: {names}</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}&#x202f;: {value}</translation>
    </message>
    <message numerus="yes">
        <source>A reminder is 0 to %n minute(s) before; not {given}.</source>
        <translation>
            <numerusform>Un rappel doit précéder de 0 à %Ln minute&#x202f;; {given} n’est pas admis.</numerusform>
            <numerusform>Un rappel doit précéder de 0 à %Ln minutes&#x202f;; {given} n’est pas admis.</numerusform>
        </translation>
    </message>
    <message>
        <source>No marked session or own meeting with a known day to export.</source>
        <translation>Rien à exporter&#x202f;: aucune session marquée ni aucun rendez-vous n’a de jour connu.</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export calendar</source>
        <translation>Exporter l’agenda</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>Toute la délégation</translation>
    </message>
    <message>
        <source>&amp;Remind before each item</source>
        <translation>&amp;Rappel avant chaque élément</translation>
    </message>
    <message numerus="yes">
        <source>%n min before</source>
        <translation>
            <numerusform>%Ln&#xa0;min avant</numerusform>
            <numerusform>%Ln&#xa0;min avant</numerusform>
        </translation>
    </message>
    <message>
        <source>Minutes before each item</source>
        <translation>Minutes avant chaque élément</translation>
    </message>
    <message>
        <source>&amp;Calendar of</source>
        <translation>&amp;Agenda de</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>No item “{item}” in the catalogue. Ids look like ppf:ses-2021-101; find them with: briefer search WORDS</source>
        <translation>Aucun élément «&#x202f;{item}&#x202f;» dans le catalogue. Les identifiants ressemblent à ppf:ses-2021-101&#x202f;; trouvez-les avec&#x202f;: briefer search MOTS</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message numerus="yes">
        <source>{known} of %n selected project(s)</source>
        <translation>
            <numerusform>{known} sur %Ln projet sélectionné</numerusform>
            <numerusform>{known} sur %Ln projets sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{known} of %n session(s)</source>
        <translation>
            <numerusform>{known} sur %Ln session</numerusform>
            <numerusform>{known} sur %Ln sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>{year}: {parts} are known offline; sync or import to complete it.</source>
        <translation>{year}&#x202f;: hors ligne, {parts} seulement&#x202f;; synchronisez ou importez pour compléter.</translation>
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
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>participation</translation>
    </message>
    <message>
        <source>counterparts</source>
        <translation>interlocuteurs</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a session</comment>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>new</source>
        <comment>a project</comment>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>new</source>
        <comment>our meeting</comment>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a session</comment>
        <translation>retirée</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>a project</comment>
        <translation>retiré</translation>
    </message>
    <message>
        <source>removed</source>
        <comment>our meeting</comment>
        <translation>supprimé</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%Ln nouvelle session</numerusform>
            <numerusform>%Ln nouvelles sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new project(s)</source>
        <translation>
            <numerusform>%Ln nouveau projet</numerusform>
            <numerusform>%Ln nouveaux projets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) removed</source>
        <translation>
            <numerusform>%Ln session retirée</numerusform>
            <numerusform>%Ln sessions retirées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) removed</source>
        <translation>
            <numerusform>%Ln projet retiré</numerusform>
            <numerusform>%Ln projets retirés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln&#xa0;min</numerusform>
            <numerusform>%Ln&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
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
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>No change since the pack printed on {date}.</source>
        <translation>Aucun changement depuis le dossier imprimé le {date}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since the pack printed on {date}.</source>
        <translation>
            <numerusform>%Ln changement depuis le dossier imprimé le {date}.</numerusform>
            <numerusform>%Ln changements depuis le dossier imprimé le {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pack printed yet.</source>
        <translation>Aucun dossier imprimé pour l’instant.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>Aucun changement enregistré.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>Catalogue version {version} — {source}</source>
        <translation>Version du catalogue {version} — {source}</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Répertoire de données&#x202f;: {path}</translation>
    </message>
    <message>
        <source>ILLUSTRATIVE DATA: this catalogue is not real forum data.</source>
        <translation>DONNÉES FICTIVES&#x202f;: ce catalogue ne contient pas les données réelles du forum.</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>The offline catalogue is partial:</source>
        <translation>Le catalogue hors ligne est partiel&#x202f;:</translation>
    </message>
    <message>
        <source>--marked and --delegate need a delegation: {command}</source>
        <translation>--marked et --delegate exigent une délégation&#x202f;: {command}</translation>
    </message>
    <message>
        <source>--limit must be at least 1.</source>
        <translation>--limit doit valoir au moins 1.</translation>
    </message>
    <message>
        <source>Nothing to search for: type a word.</source>
        <translation>Rien à chercher&#x202f;: tapez un mot.</translation>
    </message>
    <message>
        <source>No results for “{query}”.</source>
        <translation>Aucun résultat pour «&#x202f;{query}&#x202f;».</translation>
    </message>
    <message>
        <source>No region Briefer knows is named “{region}”.</source>
        <translation>Aucune région connue de Briefer ne s’appelle «&#x202f;{region}&#x202f;».</translation>
    </message>
    <message>
        <source> (moderator)</source>
        <translation> (modération)</translation>
    </message>
    <message>
        <source>whole delegation</source>
        <translation>toute la délégation</translation>
    </message>
    <message>
        <source>Marked: {priority} ({status}) for {assigned}</source>
        <translation>Marque&#x202f;: {priority} ({status}) pour {assigned}</translation>
    </message>
    <message>
        <source>Their version, from an import: {version}</source>
        <translation>Version reçue par importation&#x202f;: {version}</translation>
    </message>
    <message>
        <source>[conflicting version]</source>
        <translation>[version en conflit]</translation>
    </message>
    <message>
        <source>Note {id} ({modified})</source>
        <translation>Note {id} (modifiée le {modified})</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a moment with its time zone, such as 2021-11-11T14:45+01:00.</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas un instant accompagné de son fuseau horaire, comme 2021-11-11T14:45+01:00.</translation>
    </message>
    <message>
        <source>Nothing more on {day} after {time} (the forum&apos;s time).</source>
        <translation>Plus rien le {day} après {time} (heure du forum).</translation>
    </message>
    <message>
        <source> [in progress]</source>
        <translation> [en cours]</translation>
    </message>
    <message>
        <source>--at goes with --now.</source>
        <translation>--at s’emploie avec --now.</translation>
    </message>
    <message>
        <source>No session on {day} matches.</source>
        <translation>Aucune session le {day} ne correspond.</translation>
    </message>
    <message>
        <source>No session matches.</source>
        <translation>Aucune session ne correspond.</translation>
    </message>
    <message>
        <source>Day to be announced</source>
        <translation>Jour à confirmer</translation>
    </message>
    <message>
        <source>Catalogue replaced by the bundled one (version {before} → {after}). Marks and notes are untouched.</source>
        <translation>Catalogue remplacé par le catalogue intégré (version {before} → {after}). Les marques et les notes sont intactes.</translation>
    </message>
    <message>
        <source>Removed: {programmes} — import or sync them again to get them back.</source>
        <translation>Retirés&#x202f;: {programmes} — importez-les ou synchronisez-les de nouveau pour les retrouver.</translation>
    </message>
    <message>
        <source>Back to the bundled data: {programmes}.</source>
        <translation>Revenus aux données intégrées&#x202f;: {programmes}.</translation>
    </message>
    <message numerus="yes">
        <source>%n marked item(s) now refer to programmes no longer in the catalogue.</source>
        <translation>
            <numerusform>%Ln élément marqué renvoie désormais à un programme qui n’est plus dans le catalogue.</numerusform>
            <numerusform>%Ln éléments marqués renvoient désormais à des programmes qui ne sont plus dans le catalogue.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (imported from {origin})</source>
        <translation>{name} (importé de {origin})</translation>
    </message>
    <message>
        <source>{name} (synced from {origin})</source>
        <translation>{name} (synchronisé depuis {origin})</translation>
    </message>
    <message>
        <source>No forum facts at {path}; pass --facts PATH to facts.json.</source>
        <translation>Aucune donnée du forum dans {path}&#x202f;; indiquez le chemin de facts.json avec --facts CHEMIN.</translation>
    </message>
    <message>
        <source>Wrote {path} (rows per table: {counts}).</source>
        <translation>Fichier écrit&#x202f;: {path} (lignes par table&#x202f;: {counts}).</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>édition</translation>
    </message>
    <message>
        <source>id</source>
        <translation>identifiant</translation>
    </message>
    <message>
        <source>from</source>
        <translation>début</translation>
    </message>
    <message>
        <source>to</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>known sessions</source>
        <translation>sessions connues</translation>
    </message>
    <message>
        <source>carrying organisation</source>
        <translation>organisation porteuse</translation>
    </message>
    <message>
        <source>of</source>
        <translation>sur</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>projets sélectionnés</translation>
    </message>
    <message>
        <source>all projects</source>
        <translation>tous les projets</translation>
    </message>
    <message>
        <source>published by</source>
        <translation>publié par</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature électronique</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>snippet</source>
        <translation>extrait</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>in the catalogue</source>
        <translation>au catalogue</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>time</source>
        <translation>horaire</translation>
    </message>
    <message>
        <source>your time</source>
        <translation>votre heure locale</translation>
    </message>
    <message>
        <source>place</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format de session</translation>
    </message>
    <message>
        <source>file format</source>
        <translation>format de fichier</translation>
    </message>
    <message>
        <source>track</source>
        <translation>thématique</translation>
    </message>
    <message>
        <source>catalogue</source>
        <translation>rubrique du catalogue</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>régions</translation>
    </message>
    <message>
        <source>countries</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>link</source>
        <translation>lien</translation>
    </message>
    <message>
        <source>links</source>
        <translation>liens</translation>
    </message>
    <message>
        <source>themes</source>
        <translation>thèmes</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>synthèse</translation>
    </message>
    <message>
        <source>source</source>
        <translation>adresse de la source</translation>
    </message>
    <message>
        <source>certainty</source>
        <translation>fiabilité</translation>
    </message>
    <message>
        <source>source notes</source>
        <translation>notes sur la source</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>delegates</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <source>delegate</source>
        <translation>membre</translation>
    </message>
    <message>
        <source>session</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <source>overlaps</source>
        <translation>chevauche</translation>
    </message>
    <message>
        <source>time (forum)</source>
        <translation>horaire (forum)</translation>
    </message>
    <message>
        <source>given in</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <source>counterparts</source>
        <translation>interlocuteurs</translation>
    </message>
    <message>
        <source>other version</source>
        <translation>autre version</translation>
    </message>
    <message>
        <source>languages</source>
        <translation>langues</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>observations</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quand</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>imprimé le</translation>
    </message>
    <message>
        <source>field</source>
        <translation>champ</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>trust</source>
        <translation>confiance</translation>
    </message>
    <message>
        <source>url</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>last sync</source>
        <translation>dernière synchronisation</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>provenance</translation>
    </message>
    <message>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>pages</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>briefer: {message}</source>
        <translation>briefer&#x202f;: {message}</translation>
    </message>
    <message>
        <source>Give the publisher&apos;s key with --key FILE, or --trust-unsigned to accept unsigned data from this address.</source>
        <translation>Indiquez la clé de l’éditeur avec --key FICHIER, ou utilisez --trust-unsigned pour accepter les données non signées de cette adresse.</translation>
    </message>
    <message>
        <source>Give one of those kinds with --kind.</source>
        <translation>Indiquez l’un de ces types avec --kind.</translation>
    </message>
    <message>
        <source>Choose another --out prefix.</source>
        <translation>Choisissez un autre préfixe --out.</translation>
    </message>
    <message>
        <source>Add them as a contact first: briefer person add NAME</source>
        <translation>Ajoutez d’abord cette personne à vos contacts&#x202f;: briefer person add NOM</translation>
    </message>
    <message>
        <source>Name the person by one of these ids.</source>
        <translation>Désignez la personne par l’un de ces identifiants.</translation>
    </message>
    <message>
        <source>Check the first line of the file named by BRIEFER_PASSPHRASE_FILE if you use it. Forgotten: set a new passphrase with the recovery key, briefer passphrase recover</source>
        <translation>Vérifiez la première ligne du fichier désigné par BRIEFER_PASSPHRASE_FILE si vous l’utilisez. Oubliée&#x202f;? Choisissez-en une nouvelle avec la clé de récupération&#x202f;: briefer passphrase recover</translation>
    </message>
    <message>
        <source>Type the recovery key as it was shown when the passphrase was set (dashes optional).</source>
        <translation>Saisissez la clé de récupération telle qu’elle a été affichée lors de la définition de la phrase secrète (tirets facultatifs).</translation>
    </message>
    <message>
        <source>To choose another passphrase: briefer passphrase change</source>
        <translation>Pour choisir une autre phrase secrète&#x202f;: briefer passphrase change</translation>
    </message>
    <message>
        <source>To protect it: briefer passphrase set</source>
        <translation>Pour les protéger&#x202f;: briefer passphrase set</translation>
    </message>
    <message>
        <source>Close Briefer&apos;s window on this data folder, then run the command again.</source>
        <translation>Fermez la fenêtre de Briefer ouverte sur ce répertoire de données, puis relancez la commande.</translation>
    </message>
    <message>
        <source>Ask the sender for the file&apos;s passphrase; it is not your data&apos;s passphrase.</source>
        <translation>Demandez la phrase secrète du fichier à son expéditeur&#x202f;; ce n’est pas celle de vos données.</translation>
    </message>
    <message>
        <source>To stop syncing this source: {command}</source>
        <translation>Pour ne plus synchroniser cette source&#x202f;: {command}</translation>
    </message>
    <message>
        <source>Use --force to let it replace that programme anyway (after checking where it comes from).</source>
        <translation>Utilisez --force pour qu’elle remplace malgré tout ce programme (après avoir vérifié sa provenance).</translation>
    </message>
    <message>
        <source>Use --force to accept.</source>
        <translation>Utilisez --force pour accepter.</translation>
    </message>
    <message>
        <source>Created delegation {name} (id {id}), now current.</source>
        <translation>Délégation créée&#x202f;: {name} (identifiant {id})&#x202f;; elle est désormais active.</translation>
    </message>
    <message>
        <source>Created delegation {name} (id {id}).</source>
        <translation>Délégation créée&#x202f;: {name} (identifiant {id}).</translation>
    </message>
    <message>
        <source>Current delegation: {name}.</source>
        <translation>Délégation active&#x202f;: {name}.</translation>
    </message>
    <message>
        <source>Added {name} to the delegation.</source>
        <translation>{name} fait désormais partie de la délégation.</translation>
    </message>
    <message>
        <source>Removed {name} from the delegation.</source>
        <translation>{name} ne fait plus partie de la délégation.</translation>
    </message>
    <message numerus="yes">
        <source>Unassigned from %n mark(s) (the marks stay):</source>
        <translation>
            <numerusform>Attribution retirée pour %Ln marque (la marque est conservée)&#x202f;:</numerusform>
            <numerusform>Attribution retirée pour %Ln marques (les marques sont conservées)&#x202f;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed {old} to {new}; %n assigned mark(s) follow.</source>
        <translation>
            <numerusform>{old} s’appelle désormais {new}&#x202f;; %Ln marque attribuée est reportée.</numerusform>
            <numerusform>{old} s’appelle désormais {new}&#x202f;; %Ln marques attribuées sont reportées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marked {id}: {priority}, {who}.</source>
        <translation>Marque posée sur {id}&#x202f;: {priority}, {who}.</translation>
    </message>
    <message>
        <source>Conflict for {delegate}: overlaps {other}.</source>
        <translation>Conflit pour {delegate}&#x202f;: chevauchement avec {other}.</translation>
    </message>
    <message>
        <source>Unmarked {id}. Its notes are kept.</source>
        <translation>Marque retirée de {id}. Ses notes sont conservées.</translation>
    </message>
    <message>
        <source>{id} assigned to {who}.</source>
        <translation>Marque de {id} attribuée à {who}.</translation>
    </message>
    <message>
        <source>the whole delegation</source>
        <translation>toute la délégation</translation>
    </message>
    <message>
        <source>{id} is now assigned to {who}.</source>
        <translation>La marque de {id} est désormais attribuée à {who}.</translation>
    </message>
    <message>
        <source>(delegation)</source>
        <translation>(délégation)</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <source>Rebuilding the catalogue&apos;s search index for this version of Briefer (once)…</source>
        <translation>Reconstruction de l’index de recherche du catalogue pour cette version de Briefer (une seule fois)…</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {error}</source>
        <translation>Impossible de lire le fichier de phrase secrète {path}&#x202f;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase file {path} needs %n line(s): {lines}</source>
        <translation>
            <numerusform>Le fichier de phrase secrète {path} doit contenir %Ln ligne&#x202f;: {lines}</numerusform>
            <numerusform>Le fichier de phrase secrète {path} doit contenir %Ln lignes&#x202f;: {lines}</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète&#x202f;: </translation>
    </message>
    <message>
        <source>File passphrase: </source>
        <translation>Phrase secrète du fichier&#x202f;: </translation>
    </message>
    <message>
        <source>File passphrase again: </source>
        <translation>Confirmez la phrase secrète du fichier&#x202f;: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was written.</source>
        <translation>Les deux phrases secrètes diffèrent&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>“{text}” is not a whole number.</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas un nombre entier.</translation>
    </message>
    <message>
        <source>“{text}” is too large a number (at most {largest}).</source>
        <translation>«&#x202f;{text}&#x202f;» est un nombre trop grand (au plus {largest}).</translation>
    </message>
    <message>
        <source>{path} is larger than the 5 MB a note may hold.</source>
        <translation>{path} dépasse les 5 Mo qu’une note peut contenir.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text.</source>
        <translation>{path} n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Impossible de lire {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <source>Note {id} saved on {item}.</source>
        <translation>Note {id} enregistrée sur {item}.</translation>
    </message>
    <message>
        <source>Note {id} saved for the delegation.</source>
        <translation>Note {id} enregistrée pour la délégation.</translation>
    </message>
    <message>
        <source>Deleted note {id} on {where}.</source>
        <translation>Note {id} supprimée ({where}).</translation>
    </message>
    <message>
        <source>Deleted note {id} of the delegation.</source>
        <translation>Note {id} supprimée (note de la délégation).</translation>
    </message>
    <message>
        <source>— {id} on {where} ({modified})</source>
        <translation>— {id} ({where}, {modified})</translation>
    </message>
    <message>
        <source>— {id}, note of the delegation ({modified})</source>
        <translation>— {id} (note de la délégation, {modified})</translation>
    </message>
    <message>
        <source>Give the file to write once: PATH or --out FILE.</source>
        <translation>Indiquez une seule fois le fichier à écrire&#x202f;: CHEMIN ou --out FICHIER.</translation>
    </message>
    <message>
        <source>Exported {marks}, {notes}, {meetings}, {contacts} and {delegates} to {path}.</source>
        <translation>Exportation vers {path}&#x202f;: {marks}, {notes}, {meetings}, {contacts} et {delegates}.</translation>
    </message>
    <message>
        <source>Your data is encrypted, but this file holds your marks and notes unprotected: anyone who has it can read them. Export again with --encrypt to protect it with a passphrase (--plain says you mean it unprotected, without this warning).</source>
        <translation>Vos données sont chiffrées, mais ce fichier contient vos marques et vos notes sans protection&#x202f;: quiconque l’a peut les lire. Exportez de nouveau avec --encrypt pour le protéger par une phrase secrète (--plain indique que vous le voulez sans protection, sans cet avertissement).</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%Ln marque</numerusform>
            <numerusform>%Ln marques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%Ln rendez-vous</numerusform>
            <numerusform>%Ln rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new mark(s)</source>
        <translation>
            <numerusform>%Ln nouvelle marque</numerusform>
            <numerusform>%Ln nouvelles marques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new note(s)</source>
        <translation>
            <numerusform>%Ln nouvelle note</numerusform>
            <numerusform>%Ln nouvelles notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new delegate(s)</source>
        <translation>
            <numerusform>%Ln nouveau membre</numerusform>
            <numerusform>%Ln nouveaux membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new meeting(s)</source>
        <translation>
            <numerusform>%Ln nouveau rendez-vous</numerusform>
            <numerusform>%Ln nouveaux rendez-vous</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s) merged</source>
        <translation>
            <numerusform>%Ln marque fusionnée</numerusform>
            <numerusform>%Ln marques fusionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>{id} was not marked: marked {priority} and assigned to {who}.</source>
        <translation>{id} n’était pas marqué&#x202f;: il l’est désormais, priorité «&#x202f;{priority}&#x202f;», et attribué à {who}.</translation>
    </message>
    <message>
        <source>The editor “{editor}” failed; no note was added.</source>
        <translation>L’éditeur «&#x202f;{editor}&#x202f;» a échoué&#x202f;; aucune note n’a été ajoutée.</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Aucune note pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) already present</source>
        <translation>
            <numerusform>%Ln note déjà présente</numerusform>
            <numerusform>%Ln notes déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) updated</source>
        <translation>
            <numerusform>%Ln rendez-vous mis à jour</numerusform>
            <numerusform>%Ln rendez-vous mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%Ln nouveau contact</numerusform>
            <numerusform>%Ln nouveaux contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported into {delegation}: {counts}.</source>
        <translation>Importation dans {delegation}&#x202f;: {counts}.</translation>
    </message>
    <message>
        <source>Meeting {id} differs on both sides: the later edit kept, the other version recorded (briefer meeting show {id}).</source>
        <translation>Le rendez-vous {id} diffère de part et d’autre&#x202f;: la modification la plus récente est conservée, l’autre version est enregistrée (briefer meeting show {id}).</translation>
    </message>
    <message>
        <source>The mark on {id} differs from yours: yours kept, theirs recorded.</source>
        <translation>La marque reçue sur {id} diffère de la vôtre&#x202f;: la vôtre est conservée, la version reçue est enregistrée.</translation>
    </message>
    <message>
        <source>Note {id} was edited on both sides: both versions kept and flagged.</source>
        <translation>La note {id} a été modifiée de part et d’autre&#x202f;: les deux versions sont conservées et signalées.</translation>
    </message>
    <message>
        <source>See them with: {command}</source>
        <translation>Pour les consulter&#x202f;: {command}</translation>
    </message>
    <message>
        <source>No conflicts left by an import.</source>
        <translation>Aucun conflit laissé par une importation.</translation>
    </message>
    <message>
        <source>Meeting {id} ({title}), modified {modified}</source>
        <translation>Rendez-vous {id} ({title}), modifié le {modified}</translation>
    </message>
    <message>
        <source>  other version: {title}, modified {modified}</source>
        <translation>  autre version&#x202f;: {title}, modifiée le {modified}</translation>
    </message>
    <message>
        <source>Mark on {id} ({title})</source>
        <translation>Marque sur {id} ({title})</translation>
    </message>
    <message>
        <source>  yours: {mark}</source>
        <translation>  votre version&#x202f;: {mark}</translation>
    </message>
    <message>
        <source>  theirs: {mark}</source>
        <translation>  version reçue&#x202f;: {mark}</translation>
    </message>
    <message>
        <source>Note {id} on {item} ({title}), other version {other}</source>
        <translation>Note {id} sur {item} ({title}), autre version {other}</translation>
    </message>
    <message>
        <source>Note {id} for the delegation, other version {other}</source>
        <translation>Note {id} de la délégation, autre version {other}</translation>
    </message>
    <message>
        <source>settle: {command}</source>
        <translation>pour régler&#x202f;: {command}</translation>
    </message>
    <message>
        <source>Settled the mark on {id}: {mark}.</source>
        <translation>Conflit réglé pour la marque sur {id}&#x202f;: {mark}.</translation>
    </message>
    <message>
        <source>Settled note {id}: this version kept.</source>
        <translation>Conflit réglé pour la note {id}&#x202f;: cette version est conservée.</translation>
    </message>
    <message>
        <source>Settled note {id}: both versions kept.</source>
        <translation>Conflit réglé pour la note {id}&#x202f;: les deux versions sont conservées.</translation>
    </message>
    <message>
        <source>Settled note {id}: the versions merged.</source>
        <translation>Conflit réglé pour la note {id}&#x202f;: les versions ont été fusionnées.</translation>
    </message>
    <message>
        <source>--password: give the password on standard input, a terminal, or the BRIEFER_PACK_PASSWORD environment variable; no pack was written.</source>
        <translation>--password&#x202f;: donnez le mot de passe sur l’entrée standard, dans un terminal ou dans la variable d’environnement BRIEFER_PACK_PASSWORD&#x202f;; aucun dossier n’a été écrit.</translation>
    </message>
    <message>
        <source>Pack password: </source>
        <translation>Mot de passe du dossier&#x202f;: </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Confirmez&#x202f;: </translation>
    </message>
    <message>
        <source>The passwords were empty or did not match; no pack was written.</source>
        <translation>Les mots de passe étaient vides ou ne concordaient pas&#x202f;; aucun dossier n’a été enregistré.</translation>
    </message>
    <message>
        <source>Rendering… page {page}</source>
        <translation>Rendu en cours… page {page}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%Ln projet</numerusform>
            <numerusform>%Ln projets</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: pack {id}, {sessions}, {projects}.</source>
        <translation>Fichier écrit&#x202f;: {path} (dossier {id}, {sessions}, {projects}).</translation>
    </message>
    <message>
        <source>Wrote {path}: pack {id}, {pages}, {sessions}, {projects}.</source>
        <translation>Fichier écrit&#x202f;: {path} (dossier {id}, {pages}, {sessions}, {projects}).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: {pages}, {sessions} and {meetings} on {day}.</source>
        <translation>Fichier écrit&#x202f;: {path} ({pages}, {sessions} et {meetings} le {day}).</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {path}: {events}.</source>
        <translation>Fichier écrit&#x202f;: {path} ({events}).</translation>
    </message>
    <message>
        <source>Not exported (day not announced yet): {ids}</source>
        <translation>Non exportés (jour à confirmer)&#x202f;: {ids}</translation>
    </message>
    <message>
        <source>End not announced, so taken as the next session in the room or one hour: {ids}</source>
        <translation>Heure de fin à confirmer, fixée par défaut au début de la session suivante dans la salle ou à une heure de durée&#x202f;: {ids}</translation>
    </message>
    <message>
        <source>{source}: not modified since the last sync.</source>
        <translation>{source}&#x202f;: inchangé depuis la dernière synchronisation.</translation>
    </message>
    <message>
        <source>{source}: already up to date.</source>
        <translation>{source}&#x202f;: déjà à jour.</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message numerus="yes">
        <source>{source}: %n item(s) in “{namespace}”, catalogue version {before} → {after} ({summary}).</source>
        <translation>
            <numerusform>{source}&#x202f;: %Ln élément dans «&#x202f;{namespace}&#x202f;», version du catalogue {before} → {after} ({summary}).</numerusform>
            <numerusform>{source}&#x202f;: %Ln éléments dans «&#x202f;{namespace}&#x202f;», version du catalogue {before} → {after} ({summary}).</numerusform>
        </translation>
    </message>
    <message>
        <source>note: {warning}</source>
        <translation>remarque&#x202f;: {warning}</translation>
    </message>
    <message>
        <source>Cannot read the public key {path}: {error}</source>
        <translation>Impossible de lire la clé publique {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <source>“{text}” is not a positive number of seconds.</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas un nombre de secondes positif.</translation>
    </message>
    <message>
        <source>{field}: {count}</source>
        <translation>{field}&#x202f;: {count}</translation>
    </message>
    <message>
        <source>{path} is not a public key: it is not ASCII text.</source>
        <translation>{path} n’est pas une clé publique&#x202f;: ce n’est pas du texte ASCII.</translation>
    </message>
    <message>
        <source>signed, key checked</source>
        <translation>signée, clé vérifiée</translation>
    </message>
    <message>
        <source>unsigned, trusted by you</source>
        <translation>non signé, de confiance selon vous</translation>
    </message>
    <message>
        <source>no signature needed</source>
        <translation>signature non requise</translation>
    </message>
    <message>
        <source>Added source {name}: {url} ({kind}, {trust}).</source>
        <translation>Source {name} ajoutée&#x202f;: {url} ({kind}, {trust}).</translation>
    </message>
    <message>
        <source>No sources yet. Add one: {command}</source>
        <translation>Aucune source pour l’instant. Pour en ajouter une&#x202f;: {command}</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>UNSIGNED</source>
        <translation>NON SIGNÉ</translation>
    </message>
    <message>
        <source>Removed source {name}; the data it brought stays until replaced.</source>
        <translation>Source {name} supprimée&#x202f;; les données qu’elle a apportées restent en place jusqu’à leur remplacement.</translation>
    </message>
    <message>
        <source>Add one: {command}</source>
        <translation>Pour en ajouter une&#x202f;: {command}</translation>
    </message>
    <message>
        <source>{source}: {message}</source>
        <translation>{source}&#x202f;: {message}</translation>
    </message>
    <message>
        <source>No recorded change to what your delegation marked.</source>
        <translation>Aucun changement enregistré sur ce que votre délégation a marqué.</translation>
    </message>
    <message>
        <source>No change since {since}.</source>
        <translation>Aucun changement depuis {since}.</translation>
    </message>
    <message>
        <source>No change since pack {id} was printed.</source>
        <translation>Aucun changement depuis l’impression du dossier {id}.</translation>
    </message>
    <message numerus="yes">
        <source>Your delegation: %n marked item(s) changed; see: briefer changes</source>
        <translation>
            <numerusform>Votre délégation&#x202f;: %Ln élément marqué a changé&#x202f;; voir&#x202f;: briefer changes</numerusform>
            <numerusform>Votre délégation&#x202f;: %Ln éléments marqués ont changé&#x202f;; voir&#x202f;: briefer changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s) for {delegate}; see: briefer conflicts</source>
        <translation>
            <numerusform>%Ln nouveau conflit pour {delegate}&#x202f;; voir&#x202f;: briefer conflicts</numerusform>
            <numerusform>%Ln nouveaux conflits pour {delegate}&#x202f;; voir&#x202f;: briefer conflicts</numerusform>
        </translation>
    </message>
    <message>
        <source>No pack printed yet.</source>
        <translation>Aucun dossier imprimé pour l’instant.</translation>
    </message>
    <message>
        <source>No recorded changes.</source>
        <translation>Aucun changement enregistré.</translation>
    </message>
    <message>
        <source>But testing the address failed: {reason} Sync will fail until it answers: check the address and --kind, or remove the source with briefer sources remove {name}.</source>
        <translation>Mais le test de l’adresse a échoué&#x202f;: {reason} La synchronisation échouera tant qu’elle ne répondra pas&#x202f;: vérifiez l’adresse et --kind, ou retirez la source avec briefer sources remove {name}.</translation>
    </message>
    <message>
        <source>{name} (removed)</source>
        <translation>{name} (ne fait plus partie de la délégation)</translation>
    </message>
    <message>
        <source>a removed delegate</source>
        <translation>un ancien membre de la délégation</translation>
    </message>
    <message>
        <source>marked by your delegation</source>
        <translation>élément marqué par votre délégation</translation>
    </message>
    <message>
        <source>More changes are not shown: raise --limit to see them.</source>
        <translation>D’autres changements ne sont pas affichés&#x202f;: augmentez --limit pour les voir.</translation>
    </message>
    <message numerus="yes">
        <source>Published %n item(s) of &apos;{namespace}&apos; as version {version}: {feed} and {signature}.</source>
        <translation>
            <numerusform>%Ln élément de «&#x202f;{namespace}&#x202f;» publié en version {version}&#x202f;: {feed} et {signature}.</numerusform>
            <numerusform>%Ln éléments de «&#x202f;{namespace}&#x202f;» publiés en version {version}&#x202f;: {feed} et {signature}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {private} (private: keep it safe, readable by you only) and {public} (give it to the delegations that sync from you).</source>
        <translation>Clés écrites&#x202f;: {private} (privée&#x202f;: à conserver en lieu sûr, lisible par vous uniquement) et {public} (à remettre aux délégations qui se synchronisent auprès de vous).</translation>
    </message>
    <message>
        <source>Pack language</source>
        <translation>Langue du dossier</translation>
    </message>
    <message>
        <source>display language</source>
        <translation>langue d’affichage</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre US</translation>
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
        <source>none</source>
        <comment>no classification line</comment>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Watermark</source>
        <translation>Filigrane</translation>
    </message>
    <message>
        <source>none</source>
        <comment>no watermark</comment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No passphrase was given: the input ended. Type it at the terminal, or name a file holding it in BRIEFER_PASSPHRASE_FILE.</source>
        <translation>Aucune phrase secrète n’a été donnée&#x202f;: l’entrée s’est terminée. Tapez-la dans le terminal, ou nommez un fichier qui la contient dans BRIEFER_PASSPHRASE_FILE.</translation>
    </message>
    <message>
        <source>{title} — {status} — {modified} (settle: {command})</source>
        <translation>{title} — {status} — {modified} (pour régler&#x202f;: {command})</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>Added {name} ({id}).</source>
        <translation>Ajout&#x202f;: {name} ({id}).</translation>
    </message>
    <message>
        <source>Changed {name} ({id}).</source>
        <translation>Modification&#x202f;: {name} ({id}).</translation>
    </message>
    <message>
        <source>Cancelled {name}.</source>
        <translation>Annulation&#x202f;: {name}.</translation>
    </message>
    <message>
        <source>Deleted {name}.</source>
        <translation>Suppression&#x202f;: {name}.</translation>
    </message>
    <message>
        <source>Settled {title}: one version kept.</source>
        <translation>Conflit réglé pour {title}&#x202f;: une seule version est conservée.</translation>
    </message>
    <message>
        <source>No longer in the delegation, so not kept as attending: {names}.</source>
        <translation>Participation non conservée pour qui ne fait plus partie de la délégation&#x202f;: {names}.</translation>
    </message>
    <message>
        <source>{name} is a speaker of the catalogue, not a contact of the delegation: add them as a contact with {command}.</source>
        <translation>{name} figure parmi les intervenants du catalogue, et non parmi les contacts de la délégation&#x202f;: ajoutez cette personne aux contacts avec {command}.</translation>
    </message>
    <message>
        <source>{day}: {title} ({id})</source>
        <translation>{day}&#x202f;: {title} ({id})</translation>
    </message>
    <message>
        <source>[two versions]</source>
        <translation>[deux versions]</translation>
    </message>
    <message>
        <source>--size “{size}” is not WxH, such as 1400x900.</source>
        <translation>--size «&#x202f;{size}&#x202f;» n’est pas de la forme LxH, par exemple 1400x900.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d’écrire {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Fichier écrit&#x202f;: {path}</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#x202f;: </translation>
    </message>
    <message>
        <source>New passphrase again: </source>
        <translation>Confirmez la nouvelle phrase secrète&#x202f;: </translation>
    </message>
    <message>
        <source>The two new passphrases differ; nothing was changed.</source>
        <translation>Les deux nouvelles phrases secrètes diffèrent&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Phrase secrète actuelle&#x202f;: </translation>
    </message>
    <message>
        <source>Your data in {path} is now encrypted with your passphrase.
A forgotten passphrase cannot be recovered. Keep this recovery key on paper, away from this computer; it is shown only now:</source>
        <translation>Vos données dans {path} sont désormais chiffrées avec votre phrase secrète.
Une phrase secrète oubliée ne peut pas être retrouvée. Conservez cette clé de récupération sur papier, loin de cet ordinateur&#x202f;; elle n’est affichée qu’une seule fois, maintenant&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <source>%n pack(s) kept in the data folder were removed; build them again when you need them.</source>
        <translation>
            <numerusform>%Ln dossier conservé dans le dossier de données a été supprimé&#x202f;; préparez-le de nouveau au besoin.</numerusform>
            <numerusform>%Ln dossiers conservés dans le dossier de données ont été supprimés&#x202f;; préparez-les de nouveau au besoin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed; the recovery key stays the same.</source>
        <translation>La phrase secrète a été modifiée&#x202f;; la clé de récupération reste la même.</translation>
    </message>
    <message>
        <source>Your data in {path} is no longer encrypted.</source>
        <translation>Vos données dans {path} ne sont plus chiffrées.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clé de récupération&#x202f;: </translation>
    </message>
    <message>
        <source>The new passphrase is set; the recovery key stays the same.</source>
        <translation>La nouvelle phrase secrète est définie&#x202f;; la clé de récupération reste la même.</translation>
    </message>
    <message>
        <source>{path}: encrypted (SQLCipher 4, key from a passphrase with scrypt)</source>
        <translation>{path}&#x202f;: chiffré (SQLCipher 4, clé dérivée de la phrase secrète par scrypt)</translation>
    </message>
    <message>
        <source>{path}: not encrypted</source>
        <translation>{path}&#x202f;: non chiffré</translation>
    </message>
    <message>
        <source>The editor “{editor}” failed; no template was saved.</source>
        <translation>L’éditeur «&#x202f;{editor}&#x202f;» a échoué&#x202f;; aucun modèle n’a été enregistré.</translation>
    </message>
    <message>
        <source>Template {name} ({lang}) saved.</source>
        <translation>Modèle {name} ({lang}) enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n version(s) of the template {name}.</source>
        <translation>
            <numerusform>%Ln version du modèle {name} supprimée.</numerusform>
            <numerusform>%Ln versions du modèle {name} supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>own</source>
        <translation>personnel</translation>
    </message>
    <message>
        <source>Give the note with --text, --file or --edit, or start it with --template NAME.</source>
        <translation>Fournissez la note avec --text, --file ou --edit, ou partez d’un modèle avec --template NOM.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>data folder (default: the folder named by the {variable} environment variable, else a briefer-data folder beside the program, else your own: ~/.local/share/Briefer on Linux, ~/Library/Application Support/Briefer on macOS, C:\Users\NAME\AppData\Local\Briefer on Windows)</source>
        <translation>dossier de données (par défaut&#x202f;: le dossier désigné par la variable d’environnement {variable}, sinon un dossier briefer-data à côté du programme, sinon le vôtre&#x202f;: ~/.local/share/Briefer sous Linux, ~/Library/Application Support/Briefer sous macOS, C:\Users\NOM\AppData\Local\Briefer sous Windows)</translation>
    </message>
    <message>
        <source>language of messages and catalogue texts (default: the language chosen in Briefer, else LC_ALL, LC_MESSAGES or LANG, else en)</source>
        <translation>langue des messages et des textes du catalogue (par défaut&#x202f;: la langue choisie dans Briefer, sinon LC_ALL, LC_MESSAGES ou LANG, sinon en)</translation>
    </message>
    <message>
        <source>Prepare, carry offline and print a delegation&apos;s briefing for a forum.</source>
        <translation>Préparer, emporter hors ligne et imprimer le dossier d’une délégation pour un forum.</translation>
    </message>
    <message>
        <source>The data folder may also be set with the {variable} environment variable.</source>
        <translation>Le dossier de données peut aussi être choisi par la variable d’environnement {variable}.</translation>
    </message>
    <message>
        <source>show the version of Briefer and exit</source>
        <translation>afficher la version de Briefer et quitter</translation>
    </message>
    <message>
        <source>only this edition (its id, such as ppf:edition-2021, its name, or its year when only one edition has it)</source>
        <translation>uniquement cette édition (son identifiant, comme ppf:edition-2021, son nom, ou son année si une seule édition la porte)</translation>
    </message>
    <message>
        <source>its id (such as ppf:edition-2021), its name, or its year when only one edition has it; default: the edition under way or next, else the one with most sessions</source>
        <translation>son identifiant (comme ppf:edition-2021), son nom, ou son année si une seule édition la porte&#x202f;; par défaut&#x202f;: l’édition en cours ou la prochaine, sinon celle qui compte le plus de sessions</translation>
    </message>
    <message>
        <source>overview of the catalogue: editions, counts, completeness</source>
        <translation>vue d’ensemble du catalogue&#x202f;: éditions, décomptes, complétude</translation>
    </message>
    <message>
        <source>search the catalogue and your notes</source>
        <translation>rechercher dans le catalogue et vos notes</translation>
    </message>
    <message>
        <source>only sessions on this day</source>
        <translation>uniquement les sessions de ce jour</translation>
    </message>
    <message>
        <source>only projects in this region</source>
        <translation>uniquement les projets de cette région</translation>
    </message>
    <message>
        <source>only sessions of this format (panel, workshop…)</source>
        <translation>uniquement les sessions de ce format (panel, workshop…)</translation>
    </message>
    <message>
        <source>only items your delegation marked</source>
        <translation>uniquement les éléments marqués par votre délégation</translation>
    </message>
    <message>
        <source>only items assigned to this delegate</source>
        <translation>uniquement les éléments attribués à ce membre</translation>
    </message>
    <message>
        <source>one item in full, with your mark and notes</source>
        <translation>un élément en détail, avec votre marque et vos notes</translation>
    </message>
    <message>
        <source>sessions day by day, in time order</source>
        <translation>les sessions jour par jour, dans l’ordre chronologique</translation>
    </message>
    <message>
        <source>only this day</source>
        <translation>uniquement ce jour</translation>
    </message>
    <message>
        <source>only sessions of exactly this format (panel, workshop…)</source>
        <translation>uniquement les sessions de ce format exact (panel, workshop…)</translation>
    </message>
    <message>
        <source>only items of this theme or forum priority</source>
        <translation>seulement les éléments de ce thème ou de cette priorité du forum</translation>
    </message>
    <message>
        <source>words, in Arabic, French or English; &quot;a phrase&quot;, -excluded, a OR b (a query that starts with - goes after --: briefer search -- -call)</source>
        <translation>mots, en arabe, en français ou en anglais&#x202f;; «&#x202f;une expression&#x202f;» entre guillemets droits &quot;…&quot;, -exclu, a OR b (une recherche qui commence par - vient après --&#x202f;: briefer search -- -call)</translation>
    </message>
    <message>
        <source>only these kinds; meeting and contact: your delegation&apos;s own meetings and contacts</source>
        <translation>uniquement ces types&#x202f;; meeting et contact&#x202f;: les rendez-vous et les contacts de votre délégation</translation>
    </message>
    <message>
        <source>at most this many hits of each kind: catalogue items, notes, own meetings and people (default 20)</source>
        <translation>au plus ce nombre de résultats de chaque sorte&#x202f;: éléments du catalogue, notes, rendez-vous et personnes de la délégation (20 par défaut)</translation>
    </message>
    <message>
        <source>only sessions of this theme or forum priority</source>
        <translation>seulement les sessions de ce thème ou de cette priorité du forum</translation>
    </message>
    <message>
        <source>only sessions your delegation marked</source>
        <translation>uniquement les sessions marquées par votre délégation</translation>
    </message>
    <message>
        <source>only sessions assigned to this delegate</source>
        <translation>uniquement les sessions attribuées à ce membre</translation>
    </message>
    <message>
        <source>now and next: today&apos;s items from the current time, your own meetings first</source>
        <translation>en cours et à venir&#x202f;: les éléments du jour à partir de l’heure actuelle, vos rendez-vous en premier</translation>
    </message>
    <message>
        <source>with --now, as at this moment (ISO 8601 with its zone, e.g. 2021-11-11T14:45+01:00)</source>
        <translation>avec --now, en se plaçant à cet instant (ISO 8601 avec son fuseau horaire, p. ex. 2021-11-11T14:45+01:00)</translation>
    </message>
    <message>
        <source>the project catalogue of an edition</source>
        <translation>le catalogue des projets d’une édition</translation>
    </message>
    <message>
        <source>reset or rebuild the catalogue</source>
        <translation>réinitialiser ou reconstruire le catalogue</translation>
    </message>
    <message>
        <source>replace the working catalogue with the bundled one</source>
        <translation>remplacer le catalogue de travail par le catalogue intégré</translation>
    </message>
    <message>
        <source>regenerate the bundled catalogue from the forum facts</source>
        <translation>régénérer le catalogue intégré à partir des données du forum</translation>
    </message>
    <message>
        <source>facts.json (default: ../shared/corpus/ppf)</source>
        <translation>facts.json (par défaut&#x202f;: ../shared/corpus/ppf)</translation>
    </message>
    <message>
        <source>output file (default: resources/catalogue.db)</source>
        <translation>fichier de sortie (par défaut&#x202f;: resources/catalogue.db)</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>produire du JSON pour les scripts</translation>
    </message>
    <message>
        <source>create, list and choose delegations</source>
        <translation>créer, lister et choisir les délégations</translation>
    </message>
    <message>
        <source>create a delegation (the first one becomes current)</source>
        <translation>créer une délégation (la première devient la délégation active)</translation>
    </message>
    <message>
        <source>list delegations</source>
        <translation>lister les délégations</translation>
    </message>
    <message>
        <source>make a delegation current</source>
        <translation>rendre une délégation active</translation>
    </message>
    <message>
        <source>add a delegate</source>
        <translation>ajouter un membre</translation>
    </message>
    <message>
        <source>list delegates</source>
        <translation>lister les membres</translation>
    </message>
    <message>
        <source>remove a delegate (their marks stay, unassigned from them)</source>
        <translation>retirer un membre (les marques qui lui étaient attribuées sont conservées, sans attribution)</translation>
    </message>
    <message>
        <source>rename a delegate (their marks follow)</source>
        <translation>renommer un membre (les marques qui lui sont attribuées sont reportées)</translation>
    </message>
    <message>
        <source>a new function too</source>
        <translation>une nouvelle fonction également</translation>
    </message>
    <message>
        <source>mark an item, or change its mark</source>
        <translation>marquer un élément, ou modifier sa marque</translation>
    </message>
    <message>
        <source>must, should or optional attendance</source>
        <translation>présence&#x202f;: must (incontournable), should (recommandée) ou optional (facultative)</translation>
    </message>
    <message>
        <source>assign (repeatable)</source>
        <translation>attribuer (option répétable)</translation>
    </message>
    <message>
        <source>why it matters to the delegation</source>
        <translation>pourquoi cela compte pour la délégation</translation>
    </message>
    <message>
        <source>where the delegation stands on it</source>
        <translation>où en est la délégation</translation>
    </message>
    <message>
        <source>remove the mark on an item (its notes stay)</source>
        <translation>retirer la marque d’un élément (ses notes sont conservées)</translation>
    </message>
    <message>
        <source>take delegates off a marked item (the mark stays)</source>
        <translation>retirer des membres d’un élément marqué (la marque est conservée)</translation>
    </message>
    <message>
        <source>list the current delegation&apos;s marks</source>
        <translation>lister les marques de la délégation active</translation>
    </message>
    <message>
        <source>only those assigned to this delegate</source>
        <translation>uniquement celles attribuées à ce membre</translation>
    </message>
    <message>
        <source>overlapping marked sessions and own meetings for the same delegate</source>
        <translation>sessions marquées et rendez-vous qui se chevauchent pour un même membre</translation>
    </message>
    <message>
        <source>add a Markdown note to an item or to the delegation</source>
        <translation>ajouter une note Markdown à un élément ou à la délégation</translation>
    </message>
    <message>
        <source>write it in your text editor (the VISUAL or EDITOR environment variable; else Notepad on Windows, vi elsewhere)</source>
        <translation>l’écrire dans votre éditeur de texte (variable d’environnement VISUAL ou EDITOR&#x202f;; sinon le Bloc-notes sous Windows, vi ailleurs)</translation>
    </message>
    <message>
        <source>write the current delegation&apos;s marks, notes, meetings and contacts (default: in the current folder, the delegation&apos;s name made safe for file names, such as republique-de-testland.briefer-selection; a PATH without extension gets .briefer-selection)</source>
        <translation>écrire les marques, notes, rencontres et contacts de la délégation courante (par défaut&#x202f;: dans le dossier courant, le nom de la délégation rendu sûr pour un nom de fichier, par exemple republique-de-testland.briefer-selection&#x202f;; un PATH sans extension reçoit .briefer-selection)</translation>
    </message>
    <message>
        <source>the file to write (default: in the current folder, the delegation&apos;s name made safe for file names, such as republique-de-testland.briefer-selection)</source>
        <translation>le fichier à écrire (par défaut&#x202f;: dans le dossier courant, le nom de la délégation rendu sûr pour un nom de fichier, par exemple republique-de-testland.briefer-selection)</translation>
    </message>
    <message>
        <source>protect the file with a passphrase of its own (typed, or the next line of the file named by the BRIEFER_PASSPHRASE_FILE environment variable)</source>
        <translation>protéger le fichier par sa propre phrase secrète (tapée, ou la ligne suivante du fichier désigné par la variable d’environnement BRIEFER_PASSPHRASE_FILE)</translation>
    </message>
    <message>
        <source>function, such as “Deputy Minister”</source>
        <translation>fonction, par exemple «&#x202f;vice-ministre&#x202f;»</translation>
    </message>
    <message>
        <source>the country: its ISO 3166 code (FR) or its name (France)</source>
        <translation>le pays&#x202f;: son code ISO 3166 (FR) ou son nom (France)</translation>
    </message>
    <message>
        <source>add, list, remove and rename the current delegation&apos;s delegates</source>
        <translation>ajouter, lister, retirer et renommer les membres de la délégation courante</translation>
    </message>
    <message>
        <source>assign an item to delegates (an item not marked is marked)</source>
        <translation>attribuer un élément à des membres de la délégation (un élément non marqué est marqué)</translation>
    </message>
    <message>
        <source>a note of the delegation, on no item</source>
        <translation>une note de la délégation, rattachée à aucun élément</translation>
    </message>
    <message>
        <source>the note, in Markdown</source>
        <translation>la note, en Markdown</translation>
    </message>
    <message>
        <source>read the note from a file</source>
        <translation>lire la note dans un fichier</translation>
    </message>
    <message>
        <source>start from a template&apos;s headings</source>
        <translation>partir des titres d’un modèle</translation>
    </message>
    <message>
        <source>list notes, on an item or all; or delete one</source>
        <translation>lister les notes, d’un élément ou toutes&#x202f;; ou en supprimer une</translation>
    </message>
    <message>
        <source>delete this note (by its id)</source>
        <translation>supprimer cette note (par son identifiant)</translation>
    </message>
    <message>
        <source>export or import a delegation&apos;s marks and notes</source>
        <translation>exporter ou importer les marques et les notes d’une délégation</translation>
    </message>
    <message>
        <source>the file to write (or PATH)</source>
        <translation>le fichier à écrire (ou CHEMIN)</translation>
    </message>
    <message>
        <source>write the file unprotected even though your data is encrypted, without the warning an export of encrypted data otherwise prints</source>
        <translation>écrire le fichier sans protection bien que vos données soient chiffrées, sans l’avertissement qu’affiche sinon l’export de données chiffrées</translation>
    </message>
    <message>
        <source>merge a colleague&apos;s export (nothing is overwritten)</source>
        <translation>fusionner le fichier exporté par un collègue (rien n’est écrasé)</translation>
    </message>
    <message>
        <source>marks and notes an import left in two versions</source>
        <translation>marques et notes laissées en deux versions par une importation</translation>
    </message>
    <message>
        <source>settle a conflict left by an import</source>
        <translation>régler un conflit laissé par une importation</translation>
    </message>
    <message>
        <source>a mark: keep mine, or take theirs</source>
        <translation>une marque&#x202f;: garder la vôtre, ou adopter la version reçue</translation>
    </message>
    <message>
        <source>which version to keep</source>
        <translation>la version à garder</translation>
    </message>
    <message>
        <source>a note: keep this version, both, or merge them</source>
        <translation>une note&#x202f;: garder cette version, les deux, ou les fusionner</translation>
    </message>
    <message>
        <source>open the desktop window (with FILEs: import them, after a confirmation; a window already open on the data folder takes them)</source>
        <translation>ouvrir la fenêtre de Briefer (avec des fichiers FICHIER&#x202f;: les importer, après confirmation&#x202f;; une fenêtre déjà ouverte sur le répertoire de données les reçoit)</translation>
    </message>
    <message>
        <source>a programme file in a supported format, or a .briefer-selection file</source>
        <translation>un fichier de programme dans un format pris en charge, ou un fichier .briefer-selection</translation>
    </message>
    <message>
        <source>render the main window offscreen to a PNG</source>
        <translation>produire une image PNG de la fenêtre principale, sans l’afficher</translation>
    </message>
    <message>
        <source>the window&apos;s language (default: the global --lang, else the language chosen in Briefer, else the system&apos;s, as for messages)</source>
        <translation>langue de la fenêtre (par défaut&#x202f;: l’option globale --lang, sinon la langue choisie dans Briefer, sinon celle du système, comme pour les messages)</translation>
    </message>
    <message>
        <source>the view to show</source>
        <translation>la vue à afficher</translation>
    </message>
    <message>
        <source>window size in pixels</source>
        <translation>taille de la fenêtre en pixels</translation>
    </message>
    <message>
        <source>interpretation (languages, booth)</source>
        <translation>interprétation (langues, cabine)</translation>
    </message>
    <message>
        <source>transport (car, pick-up)</source>
        <translation>transport (voiture, prise en charge)</translation>
    </message>
    <message>
        <source>access badge</source>
        <translation>badge d’accès</translation>
    </message>
    <message>
        <source>press arrangements</source>
        <translation>dispositions pour la presse</translation>
    </message>
    <message>
        <source>contact on the ground</source>
        <translation>contact sur place</translation>
    </message>
    <message>
        <source>the day (in --tz)</source>
        <translation>le jour (selon --tz)</translation>
    </message>
    <message>
        <source>start time (in --tz); without it: to be announced</source>
        <translation>heure de début (dans --tz)&#x202f;; sans elle&#x202f;: à confirmer</translation>
    </message>
    <message>
        <source>end time (in --tz)</source>
        <translation>heure de fin (selon --tz)</translation>
    </message>
    <message>
        <source>time zone of --day/--start/--end (default Europe/Paris)</source>
        <translation>fuseau horaire de --day/--start/--end (Europe/Paris par défaut)</translation>
    </message>
    <message>
        <source>the kind of meeting (bilateral, side, reception…)</source>
        <translation>le type de rendez-vous (bilateral, side, reception…)</translation>
    </message>
    <message>
        <source>a room id of the venue, or free text</source>
        <translation>identifiant d’une salle du lieu, ou texte libre</translation>
    </message>
    <message>
        <source>a person met (a contact or a speaker, by name or id); repeat for several</source>
        <translation>une personne rencontrée (contact ou intervenant, par nom ou identifiant)&#x202f;; à répéter pour plusieurs</translation>
    </message>
    <message>
        <source>a delegate who attends; repeat for several</source>
        <translation>un membre qui participe&#x202f;; à répéter pour plusieurs</translation>
    </message>
    <message>
        <source>where the meeting stands (default when adding: requested)</source>
        <translation>où en est le rendez-vous (par défaut à l’ajout&#x202f;: requested)</translation>
    </message>
    <message>
        <source>the delegation&apos;s own items: bilaterals, side meetings, receptions…</source>
        <translation>les rendez-vous de la délégation&#x202f;: bilatérales, réunions parallèles, réceptions…</translation>
    </message>
    <message>
        <source>add a meeting</source>
        <translation>ajouter un rendez-vous</translation>
    </message>
    <message>
        <source>change a meeting (what is not given stays)</source>
        <translation>modifier un rendez-vous (ce qui n’est pas indiqué reste inchangé)</translation>
    </message>
    <message>
        <source>a new title</source>
        <translation>un nouveau titre</translation>
    </message>
    <message>
        <source>take every counterpart off</source>
        <translation>retirer tous les interlocuteurs</translation>
    </message>
    <message>
        <source>take every delegate off</source>
        <translation>retirer tous les membres</translation>
    </message>
    <message>
        <source>mark a meeting cancelled (it stays, and no longer conflicts)</source>
        <translation>déclarer un rendez-vous annulé (il est conservé et n’entre plus en conflit)</translation>
    </message>
    <message>
        <source>delete a meeting</source>
        <translation>supprimer un rendez-vous</translation>
    </message>
    <message>
        <source>one meeting in full</source>
        <translation>un rendez-vous en détail</translation>
    </message>
    <message>
        <source>the delegation&apos;s meetings in time order</source>
        <translation>les rendez-vous de la délégation dans l’ordre chronologique</translation>
    </message>
    <message>
        <source>only those this delegate attends</source>
        <translation>uniquement ceux auxquels ce membre participe</translation>
    </message>
    <message>
        <source>settle a meeting a selection import kept in two versions</source>
        <translation>régler un rendez-vous conservé en deux versions par l’importation d’une sélection</translation>
    </message>
    <message>
        <source>the delegation&apos;s contacts and the catalogue&apos;s speakers</source>
        <translation>les contacts de la délégation et les intervenants du catalogue</translation>
    </message>
    <message>
        <source>add a contact (a counterpart the delegation will meet)</source>
        <translation>ajouter un contact (un interlocuteur que la délégation rencontrera)</translation>
    </message>
    <message>
        <source>change a contact (by id or name)</source>
        <translation>modifier un contact (par identifiant ou par nom)</translation>
    </message>
    <message>
        <source>a new name</source>
        <translation>un nouveau nom</translation>
    </message>
    <message>
        <source>the delegation&apos;s contacts (with --speakers, the speakers)</source>
        <translation>les contacts de la délégation (avec --speakers, les intervenants)</translation>
    </message>
    <message>
        <source>the catalogue&apos;s speakers instead</source>
        <translation>plutôt les intervenants du catalogue</translation>
    </message>
    <message>
        <source>a contact or speaker, their sessions and meetings</source>
        <translation>un contact ou un intervenant, avec ses sessions et ses rendez-vous</translation>
    </message>
    <message>
        <source>delete a contact no meeting names</source>
        <translation>supprimer un contact qui ne figure dans aucun rendez-vous</translation>
    </message>
    <message>
        <source>their function</source>
        <translation>sa fonction</translation>
    </message>
    <message>
        <source>their organisation</source>
        <translation>son organisation</translation>
    </message>
    <message>
        <source>a country (France, فرنسا) or its ISO 3166 code (FR)</source>
        <translation>un pays (France, فرنسا) ou son code ISO 3166 (FR)</translation>
    </message>
    <message>
        <source>languages spoken, e.g. &apos;fr, en&apos;</source>
        <translation>langues parlées, p. ex. «&#x202f;fr, en&#x202f;»</translation>
    </message>
    <message>
        <source>the delegation&apos;s notes on this person</source>
        <translation>les notes de la délégation sur cette personne</translation>
    </message>
    <message>
        <source>classification line on every page, e.g. &apos;RESTRICTED&apos; (default: briefer settings)</source>
        <translation>mention de classification sur chaque page, p. ex. «&#x202f;DIFFUSION RESTREINTE&#x202f;» (par défaut&#x202f;: briefer settings)</translation>
    </message>
    <message>
        <source>diagonal watermark, such as DRAFT (default: briefer settings)</source>
        <translation>filigrane en diagonale, par exemple PROJET (par défaut&#x202f;: briefer settings)</translation>
    </message>
    <message>
        <source>print a briefing pack (PDF or Word) for a delegate</source>
        <translation>produire un dossier de préparation (PDF ou Word) pour un membre de la délégation</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>le fichier à écrire</translation>
    </message>
    <message>
        <source>paper size, in any case (default: briefer settings)</source>
        <translation>format du papier, en majuscules ou minuscules (par défaut&#x202f;: briefer settings)</translation>
    </message>
    <message>
        <source>protect the PDF with a password (AES-256), asked for on the terminal or read from the BRIEFER_PACK_PASSWORD environment variable</source>
        <translation>protéger le PDF par un mot de passe (AES-256), demandé dans le terminal ou lu dans la variable d’environnement BRIEFER_PACK_PASSWORD</translation>
    </message>
    <message>
        <source>paper size, in any case (default A5)</source>
        <translation>format du papier, en majuscules ou minuscules (A5 par défaut)</translation>
    </message>
    <message>
        <source>the delegate (default: whole delegation)</source>
        <translation>le membre (par défaut&#x202f;: toute la délégation)</translation>
    </message>
    <message>
        <source>pdf or docx, a Word document to edit (default: from the extension of --out, else pdf)</source>
        <translation>pdf ou docx, un document Word à modifier (par défaut&#x202f;: d’après l’extension de --out, sinon pdf)</translation>
    </message>
    <message>
        <source>pack language</source>
        <translation>langue du dossier</translation>
    </message>
    <message>
        <source>comma-separated, from {sections} (default: all)</source>
        <translation>séparées par des virgules, parmi {sections} (par défaut&#x202f;: toutes)</translation>
    </message>
    <message>
        <source>print one day&apos;s sessions for the jacket pocket</source>
        <translation>produire la fiche du jour, au format de poche</translation>
    </message>
    <message>
        <source>the day of the sheet</source>
        <translation>le jour de la fiche</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>le PDF à écrire</translation>
    </message>
    <message>
        <source>sheet language</source>
        <translation>langue de la fiche</translation>
    </message>
    <message>
        <source>export the marked sessions and own meetings as an iCalendar file</source>
        <translation>exporter les sessions marquées et les rendez-vous dans un fichier iCalendar</translation>
    </message>
    <message>
        <source>the .ics to write</source>
        <translation>le fichier .ics à écrire</translation>
    </message>
    <message>
        <source>a reminder this many minutes before each</source>
        <translation>un rappel, en minutes avant chaque élément</translation>
    </message>
    <message>
        <source>encrypt your data with a passphrase, change or remove it</source>
        <translation>chiffrer vos données par une phrase secrète, la modifier ou la supprimer</translation>
    </message>
    <message>
        <source>Passphrases are typed on the terminal (twice for a new one), or read from the lines of the file named by the BRIEFER_PASSPHRASE_FILE environment variable: set: the new passphrase; change: the current one, then the new; remove: the current one; recover: the recovery key, then the new passphrase. Never from an argument. A wrong passphrase exits with status 4 and changes nothing.</source>
        <translation>Les phrases secrètes se tapent dans le terminal (deux fois pour une nouvelle) ou se lisent dans les lignes du fichier désigné par la variable d’environnement BRIEFER_PASSPHRASE_FILE&#x202f;: set&#x202f;: la nouvelle&#x202f;; change&#x202f;: l’actuelle, puis la nouvelle&#x202f;; remove&#x202f;: l’actuelle&#x202f;; recover&#x202f;: la clé de récupération, puis la nouvelle phrase secrète. Jamais depuis un argument. Une phrase secrète erronée termine avec le code 4 et ne change rien.</translation>
    </message>
    <message>
        <source>encrypt your data with a new passphrase</source>
        <translation>chiffrer vos données par une nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>replace the passphrase (needs the current one)</source>
        <translation>remplacer la phrase secrète (l’actuelle est demandée)</translation>
    </message>
    <message>
        <source>decrypt your data back to a plain file</source>
        <translation>déchiffrer vos données et revenir à un fichier en clair</translation>
    </message>
    <message>
        <source>set a new passphrase with the recovery key</source>
        <translation>définir une nouvelle phrase secrète avec la clé de récupération</translation>
    </message>
    <message>
        <source>say whether your data is encrypted</source>
        <translation>indiquer si vos données sont chiffrées</translation>
    </message>
    <message>
        <source>default pack options: show, or change with flags</source>
        <translation>options par défaut des dossiers&#x202f;: les afficher, ou les modifier par des options</translation>
    </message>
    <message>
        <source>language of packs (“display”: the display language)</source>
        <translation>langue des dossiers («&#x202f;display&#x202f;»&#x202f;: la langue d’affichage)</translation>
    </message>
    <message>
        <source>paper of packs</source>
        <translation>format de papier des dossiers</translation>
    </message>
    <message>
        <source>classification line (&apos;&apos; for none)</source>
        <translation>mention de classification (&apos;&apos; pour aucune)</translation>
    </message>
    <message>
        <source>watermark (&apos;&apos; for none)</source>
        <translation>filigrane (&apos;&apos; pour aucun)</translation>
    </message>
    <message>
        <source>the addresses Briefer syncs from</source>
        <translation>les adresses auprès desquelles Briefer se synchronise</translation>
    </message>
    <message>
        <source>add a source</source>
        <translation>ajouter une source</translation>
    </message>
    <message>
        <source>the format the source serves</source>
        <translation>le format que sert la source</translation>
    </message>
    <message>
        <source>the publisher&apos;s Ed25519 public key (for --kind briefer)</source>
        <translation>la clé publique Ed25519 de l’éditeur (pour --kind briefer)</translation>
    </message>
    <message>
        <source>accept unsigned data from this address (shown as such)</source>
        <translation>accepter les données non signées de cette adresse (signalées comme telles)</translation>
    </message>
    <message>
        <source>do not test the address (to add a source while offline); otherwise the address is tested and the command warns when it does not serve such a source</source>
        <translation>ne pas tester l’adresse (pour ajouter une source hors ligne)&#x202f;; sinon l’adresse est testée et la commande avertit si elle ne sert pas une telle source</translation>
    </message>
    <message>
        <source>list sources</source>
        <translation>lister les sources</translation>
    </message>
    <message>
        <source>remove a source (the data it brought stays)</source>
        <translation>supprimer une source (les données qu’elle a apportées restent en place)</translation>
    </message>
    <message>
        <source>fetch fresh data from a source (or all)</source>
        <translation>récupérer les données à jour d’une source (ou de toutes)</translation>
    </message>
    <message>
        <source>accept a rollback, an empty programme, or unsigned data for a programme another source owns; fetch the whole file even if unchanged</source>
        <translation>accepter un retour en arrière, un programme vide ou des données non signées pour un programme appartenant à une autre source&#x202f;; télécharger le fichier entier même s’il est inchangé</translation>
    </message>
    <message>
        <source>network timeout per read, in seconds</source>
        <translation>délai d’attente réseau par lecture, en secondes</translation>
    </message>
    <message>
        <source>import a programme file (frab XML/JSON, iCalendar, CSV or a Briefer feed)</source>
        <translation>importer un fichier de programme (frab XML/JSON, iCalendar, CSV ou flux Briefer)</translation>
    </message>
    <message>
        <source>the file&apos;s format (default: detected)</source>
        <translation>format du fichier (par défaut&#x202f;: détecté automatiquement)</translation>
    </message>
    <message>
        <source>id namespace (default: from the file)</source>
        <translation>espace de noms des identifiants (par défaut&#x202f;: celui du fichier)</translation>
    </message>
    <message>
        <source>accept a rollback, an empty file, or a file for a programme another source owns</source>
        <translation>accepter un retour en arrière, un fichier vide ou un fichier pour un programme appartenant à une autre source</translation>
    </message>
    <message>
        <source>what syncs and imports changed</source>
        <translation>ce que les synchronisations et les importations ont changé</translation>
    </message>
    <message>
        <source>only changes from this date or time</source>
        <translation>uniquement les changements depuis cette date ou cette heure</translation>
    </message>
    <message>
        <source>only changes after the pack with this id was printed</source>
        <translation>uniquement les changements postérieurs à l’impression du dossier portant cet identifiant</translation>
    </message>
    <message>
        <source>list the packs printed, with the ids --since-pack takes</source>
        <translation>lister les dossiers imprimés, avec les identifiants qu’accepte --since-pack</translation>
    </message>
    <message>
        <source>only changes to items your delegation marked and to its own meetings</source>
        <translation>seulement les changements des éléments marqués par votre délégation et de ses propres rencontres</translation>
    </message>
    <message>
        <source>at most N changes, the marked ones first (default: all)</source>
        <translation>au plus N changements, les éléments marqués d’abord (par défaut&#x202f;: tous)</translation>
    </message>
    <message>
        <source>write a signed Briefer feed to serve from any static web host</source>
        <translation>écrire un flux Briefer signé, à servir depuis n’importe quel hébergement web statique</translation>
    </message>
    <message>
        <source>the folder to write the feed to</source>
        <translation>le répertoire où écrire le flux</translation>
    </message>
    <message>
        <source>the private key that signs it (from briefer keygen)</source>
        <translation>la clé privée qui le signe (créée par briefer keygen)</translation>
    </message>
    <message>
        <source>the bundled catalogue (default), the working one, or a schedule file</source>
        <translation>le catalogue intégré (par défaut), le catalogue de travail ou un fichier de programme</translation>
    </message>
    <message>
        <source>publish this namespace (default: the largest)</source>
        <translation>publier cet espace de noms (par défaut&#x202f;: le plus grand)</translation>
    </message>
    <message>
        <source>make an Ed25519 key pair for publishing feeds</source>
        <translation>créer une paire de clés Ed25519 pour publier des flux</translation>
    </message>
    <message>
        <source>writes PREFIX.key (private, owner-only) and PREFIX.pub</source>
        <translation>écrit PRÉFIXE.key (clé privée, réservée à son propriétaire) et PRÉFIXE.pub</translation>
    </message>
    <message>
        <source>briefing-note templates: list, show, edit, delete</source>
        <translation>modèles de notes&#x202f;: lister, afficher, modifier, supprimer</translation>
    </message>
    <message>
        <source>every template and the languages it is written in</source>
        <translation>tous les modèles et les langues dans lesquelles ils sont rédigés</translation>
    </message>
    <message>
        <source>print a template&apos;s Markdown</source>
        <translation>afficher le Markdown d’un modèle</translation>
    </message>
    <message>
        <source>change a template, or add your own; without --text or --file, in your text editor (the VISUAL or EDITOR environment variable)</source>
        <translation>modifier un modèle, ou ajouter le vôtre&#x202f;; sans --text ni --file, dans votre éditeur de texte (variable d’environnement VISUAL ou EDITOR)</translation>
    </message>
    <message>
        <source>the title shown beside its name</source>
        <translation>le titre affiché à côté de son nom</translation>
    </message>
    <message>
        <source>the template, in Markdown</source>
        <translation>le modèle, en Markdown</translation>
    </message>
    <message>
        <source>read the Markdown from a file</source>
        <translation>lire le Markdown dans un fichier</translation>
    </message>
    <message>
        <source>delete your template; a built-in one goes back to Briefer&apos;s wording</source>
        <translation>supprimer votre modèle&#x202f;; un modèle intégré revient à la rédaction d’origine de Briefer</translation>
    </message>
    <message>
        <source>only this language</source>
        <translation>uniquement cette langue</translation>
    </message>
    <message>
        <source>the template&apos;s language (default: the display language)</source>
        <translation>langue du modèle (par défaut&#x202f;: la langue d’affichage)</translation>
    </message>
</context>
<context>
    <name>CliMetavar</name>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMANDE</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAYS</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>RÉPERTOIRE</translation>
    </message>
    <message>
        <source>EDITION</source>
        <translation>ÉDITION</translation>
    </message>
    <message>
        <source>FACTS</source>
        <translation>FAITS</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>IDENTIFIANT</translation>
    </message>
    <message>
        <source>ID_OR_NAME</source>
        <translation>IDENTIFIANT_OU_NOM</translation>
    </message>
    <message>
        <source>ITEM_ID</source>
        <translation>IDENTIFIANT_ÉLÉMENT</translation>
    </message>
    <message>
        <source>LIMIT</source>
        <translation>LIMITE</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>NAMESPACE</source>
        <translation>ESPACE_DE_NOMS</translation>
    </message>
    <message>
        <source>NAME_OR_ID</source>
        <translation>NOM_OU_IDENTIFIANT</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NOUVEAU</translation>
    </message>
    <message>
        <source>NOTE_ID</source>
        <translation>IDENTIFIANT_NOTE</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ANCIEN</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>SORTIE</translation>
    </message>
    <message>
        <source>OUT.png</source>
        <translation>SORTIE.png</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>PREFIX</source>
        <translation>PRÉFIXE</translation>
    </message>
    <message>
        <source>PRIVATE_KEY_FILE</source>
        <translation>FICHIER_CLÉ_PRIVÉE</translation>
    </message>
    <message>
        <source>PUBLIC_KEY_FILE</source>
        <translation>FICHIER_CLÉ_PUBLIQUE</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>REQUÊTE</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>RÉGION</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>THEME_ID</source>
        <translation>IDENTIFIANT_THÈME</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>TIMEOUT</source>
        <translation>DÉLAI</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>WHAT</source>
        <translation>QUOI</translation>
    </message>
    <message>
        <source>WxH</source>
        <translation>LxH</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>FUSEAU</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>a country, or its ISO code (FR)</source>
        <translation>un pays, ou son code ISO (FR)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Briefer: unexpected error</source>
        <translation>Briefer&#x202f;: erreur inattendue</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Ouvrir le répertoire du journal</translation>
    </message>
    <message>
        <source>Something went wrong inside Briefer and what you asked for may not have been done:
{what}
The window goes on working. The details are in Briefer&apos;s log; send them to your IT support.</source>
        <translation>Un incident s’est produit dans Briefer et l’opération demandée n’a peut-être pas été effectuée&#x202f;:
{what}
La fenêtre reste utilisable. Les détails figurent dans le journal de Briefer&#x202f;; transmettez-les à votre support informatique.</translation>
    </message>
    <message>
        <source>Errors since this window opened: {count}</source>
        <translation>Erreurs depuis l’ouverture de cette fenêtre&#x202f;: {count}</translation>
    </message>
</context>
<context>
    <name>Crypto</name>
    <message>
        <source>Your Briefer data at {path} is locked: it needs the passphrase to open.</source>
        <translation>Vos données Briefer dans {path} sont verrouillées&#x202f;: la phrase secrète est nécessaire pour les ouvrir.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} is encrypted but its key file {key_file} is missing or damaged ({error}); without it the data cannot be opened.</source>
        <translation>Vos données Briefer dans {path} sont chiffrées, mais leur fichier de clé {key_file} est absent ou endommagé ({error})&#x202f;; sans lui, elles ne peuvent pas être ouvertes.</translation>
    </message>
    <message>
        <source>The passphrase is wrong; nothing was opened or changed.</source>
        <translation>La phrase secrète est incorrecte&#x202f;; rien n’a été ouvert ni modifié.</translation>
    </message>
    <message>
        <source>The recovery key is wrong; nothing was opened or changed.</source>
        <translation>La clé de récupération est incorrecte&#x202f;; rien n’a été ouvert ni modifié.</translation>
    </message>
    <message>
        <source>The file&apos;s passphrase is wrong; nothing was read.</source>
        <translation>La phrase secrète du fichier est incorrecte&#x202f;; rien n’a été lu.</translation>
    </message>
    <message>
        <source>Your Briefer data is open in another Briefer window or command; the passphrase can be set or removed only when nothing else has it open.</source>
        <translation>Vos données Briefer sont ouvertes dans une autre fenêtre ou commande Briefer&#x202f;; la phrase secrète ne peut être définie ou supprimée que si elles ne sont ouvertes nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Your Briefer data is already protected by a passphrase.</source>
        <translation>Vos données Briefer sont déjà protégées par une phrase secrète.</translation>
    </message>
    <message>
        <source>Your Briefer data is not protected by a passphrase.</source>
        <translation>Vos données Briefer ne sont pas protégées par une phrase secrète.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>Une phrase secrète doit compter au moins 8 caractères.</translation>
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
        <source>New meeting…</source>
        <translation>Nouveau rendez-vous…</translation>
    </message>
    <message>
        <source>Edit meeting…</source>
        <translation>Modifier le rendez-vous…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Delete meeting…</source>
        <translation>Supprimer le rendez-vous…</translation>
    </message>
    <message>
        <source>Delegate&apos;s name</source>
        <translation>Nom du membre</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Add delegate</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Marked items by delegate</source>
        <translation>Éléments marqués par membre</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Conflicts (double-click one to decline the item that starts later)</source>
        <translation>Conflits (double-cliquez sur l’un d’eux pour décliner l’élément qui commence le plus tard)</translation>
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
        <translation>{delegate}&#x202f;: «&#x202f;{first}&#x202f;» chevauche «&#x202f;{second}&#x202f;»</translation>
    </message>
    <message>
        <source>Double-click to decline “{second}”</source>
        <translation>Double-cliquez pour décliner «&#x202f;{second}&#x202f;»</translation>
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
    <message>
        <source>Rename delegate</source>
        <translation>Renommer le membre</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nouveau nom</translation>
    </message>
    <message>
        <source>Remove {name} from the delegation?</source>
        <translation>Retirer {name} de la délégation&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>They will be unassigned from %n marked item(s); the marks stay:</source>
        <translation>
            <numerusform>Son affectation à %Ln élément marqué sera retirée&#x202f;; les marques sont conservées&#x202f;:</numerusform>
            <numerusform>Son affectation à %Ln éléments marqués sera retirée&#x202f;; les marques sont conservées&#x202f;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove delegate</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Décliner</translation>
    </message>
</context>
<context>
    <name>Delegations</name>
    <message>
        <source>A delegation needs a name.</source>
        <translation>Une délégation doit avoir un nom.</translation>
    </message>
    <message>
        <source>&apos;{country}&apos; is neither a country&apos;s name nor an ISO 3166 code such as FR or SEN.</source>
        <translation>«&#x202f;{country}&#x202f;» n’est ni le nom d’un pays ni un code ISO 3166 comme FR ou SEN.</translation>
    </message>
    <message>
        <source>A delegation named &apos;{name}&apos; already exists.</source>
        <translation>Une délégation nommée «&#x202f;{name}&#x202f;» existe déjà.</translation>
    </message>
    <message>
        <source>No delegation with id {id}.</source>
        <translation>Aucune délégation ne porte l’identifiant {id}.</translation>
    </message>
    <message>
        <source>No delegation named &apos;{name}&apos;.</source>
        <translation>Aucune délégation nommée «&#x202f;{name}&#x202f;».</translation>
    </message>
    <message>
        <source>Several delegations are named &apos;{name}&apos;: give one of their ids ({ids}).</source>
        <translation>Plusieurs délégations s’appellent «&#x202f;{name}&#x202f;»&#x202f;: indiquez l’identifiant de l’une d’elles ({ids}).</translation>
    </message>
    <message>
        <source>No delegation yet: create one first.</source>
        <translation>Aucune délégation pour l’instant&#x202f;: créez-en une d’abord.</translation>
    </message>
    <message>
        <source>A delegate needs a name.</source>
        <translation>Un membre de la délégation doit avoir un nom.</translation>
    </message>
    <message>
        <source>{delegation} already has a delegate named &apos;{name}&apos;.</source>
        <translation>{delegation} a déjà un membre nommé «&#x202f;{name}&#x202f;».</translation>
    </message>
    <message>
        <source>No delegate with id {id}.</source>
        <translation>Aucun membre de la délégation ne porte l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Several delegates of {delegation} match &apos;{name}&apos;: {names}.</source>
        <translation>Plusieurs membres de «&#x202f;{delegation}&#x202f;» correspondent à «&#x202f;{name}&#x202f;»&#x202f;: {names}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l’instant</translation>
    </message>
    <message>
        <source>{delegation} has no delegate named &apos;{name}&apos; (delegates: {known}).</source>
        <translation>Aucun membre nommé «&#x202f;{name}&#x202f;» dans «&#x202f;{delegation}&#x202f;» (membres&#x202f;: {known}).</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Show in:</source>
        <translation>Afficher en&#x202f;:</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Why it matters to the delegation</source>
        <translation>Pourquoi c’est important pour la délégation</translation>
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
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Détails de l’élément</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder ma version</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Retenir leur version</translation>
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
        <source>Their version, from an imported selection: {theirs}</source>
        <translation>Leur version, issue d’une sélection importée&#x202f;: {theirs}</translation>
    </message>
    <message>
        <source>Our meeting</source>
        <translation>Notre rendez-vous</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>Local time</source>
        <translation>Heure locale</translation>
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
        <source>Not in your catalogue: known from an imported selection.</source>
        <translation>Absent de votre catalogue&#x202f;: connu par une sélection importée.</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <source>In other languages</source>
        <translation>Dans d’autres langues</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Note on the source, as the catalogue&apos;s authors wrote it</source>
        <translation>Note sur la source, telle que les auteurs du catalogue l’ont écrite</translation>
    </message>
    <message>
        <source>Save mark</source>
        <comment>what Edit › Undo undoes, after its word</comment>
        <translation>l’enregistrement de la marque</translation>
    </message>
    <message>
        <source>Unmark</source>
        <comment>what Edit › Undo undoes, after its word</comment>
        <translation>le retrait de la marque</translation>
    </message>
    <message>
        <source>Mark removed (priority, reason, delegates); notes are kept. Ctrl+Z undoes.</source>
        <translation>Marque retirée (priorité, motif, membres)&#x202f;; les notes sont conservées. Ctrl+Z pour annuler.</translation>
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
        <translation>À l’heure de cet ordinateur</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message numerus="yes">
        <source>Counterpart(s)</source>
        <translation>
            <numerusform>Interlocuteur</numerusform>
            <numerusform>Interlocuteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delegate(s)</source>
        <translation>
            <numerusform>Membre</numerusform>
            <numerusform>Membres</numerusform>
        </translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
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
        <translation>Marque enregistrée.</translation>
    </message>
</context>
<context>
    <name>Editions</name>
    <message>
        <source>Several editions answer to &apos;{text}&apos;: {candidates}.</source>
        <translation>Plusieurs éditions correspondent à «&#x202f;{text}&#x202f;»&#x202f;: {candidates}.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>No edition {text} in the catalogue (editions: {known}).</source>
        <translation>Aucune édition {text} dans le catalogue (éditions&#x202f;: {known}).</translation>
    </message>
    <message>
        <source>Bundled with Briefer (the offline copy shipped with the program)</source>
        <translation>Intégré à Briefer (la copie hors ligne livrée avec le programme)</translation>
    </message>
    <message>
        <source>Published by {publisher}; signature checked</source>
        <translation>Publié par {publisher}&#x202f;; signature vérifiée</translation>
    </message>
    <message>
        <source>Published by {publisher}; not signed</source>
        <translation>Publié par {publisher}&#x202f;; non signé</translation>
    </message>
    <message>
        <source>bundled with Briefer</source>
        <translation>intégré à Briefer</translation>
    </message>
    <message>
        <source>the file {name}</source>
        <translation>le fichier {name}</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Apply anyway</source>
        <translation>Appliquer quand même</translation>
    </message>
</context>
<context>
    <name>FilePassphrase</name>
    <message>
        <source>Protect the file</source>
        <translation>Protéger le fichier</translation>
    </message>
    <message>
        <source>The file holds your delegation&apos;s marks, notes, meetings and contacts. Protected with a passphrase, it can be opened only by someone who knows it: give it to your colleague another way than the file (by telephone, not in the same e-mail).</source>
        <translation>Le fichier contient les marques, notes, rendez-vous et contacts de votre délégation. Protégé par une phrase secrète, il ne peut être ouvert que par qui la connaît&#x202f;: communiquez-la à votre collègue autrement que le fichier (par téléphone, pas dans le même courriel).</translation>
    </message>
    <message>
        <source>&amp;Protect the file with a passphrase</source>
        <translation>&amp;Protéger le fichier par une phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase for the file</source>
        <translation>Phrase secrète du fichier</translation>
    </message>
    <message>
        <source>Passphrase for the file, again</source>
        <translation>Phrase secrète du fichier, à nouveau</translation>
    </message>
    <message>
        <source>Pa&amp;ssphrase</source>
        <translation>Phrase &amp;secrète</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>À &amp;nouveau</translation>
    </message>
    <message>
        <source>Type the passphrase twice.</source>
        <translation>Saisissez la phrase secrète deux fois.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <source>{name} is protected with a passphrase. Type it to open the file:</source>
        <translation>{name} est protégé par une phrase secrète. Saisissez-la pour ouvrir le fichier&#x202f;:</translation>
    </message>
    <message>
        <source>That passphrase does not open {name}. Try again:</source>
        <translation>Cette phrase secrète n’ouvre pas {name}. Réessayez&#x202f;:</translation>
    </message>
    <message>
        <source>Protected file</source>
        <translation>Fichier protégé</translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>{path} exists and is not a PDF file; choose another name or remove it.</source>
        <translation>{path} existe et n’est pas un fichier PDF&#x202f;; choisissez un autre nom ou supprimez-le.</translation>
    </message>
    <message>
        <source>{path} exists and is not a Word document; choose another name or remove it.</source>
        <translation>{path} existe et n’est pas un document Word&#x202f;; choisissez un autre nom ou supprimez-le.</translation>
    </message>
    <message>
        <source>{path} exists and is not a calendar file; choose another name or remove it.</source>
        <translation>{path} existe et n’est pas un fichier d’agenda&#x202f;; choisissez un autre nom ou supprimez-le.</translation>
    </message>
    <message>
        <source>{path} exists and is not a Briefer selection file; choose another name or remove it.</source>
        <translation>{path} existe et n’est pas un fichier de sélection Briefer&#x202f;; choisissez un autre nom ou supprimez-le.</translation>
    </message>
    <message>
        <source>{path} exists and is not a Briefer feed; choose another folder or remove it.</source>
        <translation>{path} existe et n’est pas un flux Briefer&#x202f;; choisissez un autre dossier ou supprimez-le.</translation>
    </message>
    <message>
        <source>{path} exists and is not a Briefer feed&apos;s signature; choose another folder or remove it.</source>
        <translation>{path} existe et n’est pas la signature d’un flux Briefer&#x202f;; choisissez un autre dossier ou supprimez-le.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {error}</source>
        <translation>Impossible de lire {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <source>{path} is larger than {limit} MB; refused.</source>
        <translation>{path} dépasse {limit} Mo&#x202f;; refusé.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d’écrire {path}&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>The file is empty. Nothing was changed.</source>
        <translation>Le fichier est vide. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{error}; refused. Nothing was changed.</source>
        <translation>{error}&#x202f;; refusé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The {format} file is nested too deeply; refused. Nothing was changed.</source>
        <translation>Le fichier {format} est trop profondément imbriqué&#x202f;; refusé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The {format} file has a value of an unexpected kind or shape; refused. Nothing was changed.</source>
        <translation>Le fichier {format} contient une valeur d’un type ou d’une forme inattendus&#x202f;; refusé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file names no time zone; its times carry UTC{offset}.</source>
        <translation>Le fichier ne nomme aucun fuseau horaire&#x202f;; ses heures portent le décalage UTC{offset}.</translation>
    </message>
    <message>
        <source>The file gives no time zone at all; its times are read as {zone} (the forum&apos;s).</source>
        <translation>Le fichier n’indique aucun fuseau horaire&#x202f;; ses heures sont lues à l’heure de {zone} (celle du forum).</translation>
    </message>
    <message>
        <source>The XML file declares a DTD or entities (a possible XXE or entity-expansion attack); refused. Nothing was changed.</source>
        <translation>Le fichier XML déclare une DTD ou des entités (attaque XXE ou par expansion d’entités possible)&#x202f;; refusé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This XML is not a frab schedule (its root is &lt;{tag}&gt;).</source>
        <translation>Ce XML n’est pas un programme frab (sa racine est &lt;{tag}&gt;).</translation>
    </message>
    <message>
        <source>This frab schedule has no &lt;conference&gt; element.</source>
        <translation>Ce programme frab n’a pas d’élément &lt;conference&gt;.</translation>
    </message>
    <message>
        <source>Cannot tell what kind of file this is. Briefer reads its own feeds, frab schedules (XML or JSON, as pretalx and FOSDEM publish them), iCalendar files (.ics) and CSV files whose first line names an id column. Nothing was changed.</source>
        <translation>Impossible de savoir quel genre de fichier c’est. Briefer lit ses propres flux, les programmes frab (XML ou JSON, tels que pretalx et le FOSDEM les publient), les fichiers iCalendar (.ics) et les fichiers CSV dont la première ligne nomme une colonne id. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file is not well-formed XML (line {line}, column {column}). Nothing was changed.</source>
        <translation>Le fichier n’est pas du XML bien formé (ligne {line}, colonne {column}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>day {number}</source>
        <translation>jour {number}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Nothing was changed.</source>
        <translation>Le fichier n’est pas du texte UTF-8. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}). Nothing was changed.</source>
        <translation>Le fichier n’est pas du JSON valide (ligne {line}, colonne {column}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This JSON is not a frab/pretalx schedule (no schedule.conference.days).</source>
        <translation>Ce JSON n’est pas un programme frab/pretalx (pas de schedule.conference.days).</translation>
    </message>
    <message>
        <source>{day}, room “{room}”</source>
        <translation>{day}, salle «&#x202f;{room}&#x202f;»</translation>
    </message>
    <message>
        <source>an event of room “{room}”</source>
        <translation>un événement de la salle «&#x202f;{room}&#x202f;»</translation>
    </message>
    <message>
        <source>event {id}</source>
        <translation>événement {id}</translation>
    </message>
    <message>
        <source>a BEGIN: line has no END: (the file is cut short or damaged)</source>
        <translation>une ligne BEGIN: n’a pas de END: (le fichier est tronqué ou abîmé)</translation>
    </message>
    <message>
        <source>it holds several calendars (BEGIN:VCALENDAR more than once)</source>
        <translation>il contient plusieurs calendriers (BEGIN:VCALENDAR plus d’une fois)</translation>
    </message>
    <message>
        <source>the line “{line}” is not an iCalendar line (NAME:value)</source>
        <translation>la ligne «&#x202f;{line}&#x202f;» n’est pas une ligne iCalendar (NOM:valeur)</translation>
    </message>
    <message>
        <source>The iCalendar file is not UTF-8 text.</source>
        <translation>Le fichier iCalendar n’est pas du texte UTF-8.</translation>
    </message>
    <message>
        <source>The file is not valid iCalendar: {error}. Nothing was changed.</source>
        <translation>Le fichier n’est pas un iCalendar valide&#x202f;: {error}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Imported calendar</source>
        <translation>Calendrier importé</translation>
    </message>
    <message>
        <source>The calendar has no VTIMEZONE; TZID names are read as IANA zones.</source>
        <translation>Le calendrier n’a pas de VTIMEZONE&#x202f;; les noms TZID sont lus comme des fuseaux IANA.</translation>
    </message>
    <message>
        <source>The CSV header lacks {missing} (documented columns: {columns}).</source>
        <translation>L’en-tête CSV n’a pas {missing} (colonnes documentées&#x202f;: {columns}).</translation>
    </message>
    <message>
        <source>CSV line {number}</source>
        <translation>ligne CSV {number}</translation>
    </message>
    <message>
        <source>CSV line {line}: a field is longer than {limit} KB or badly quoted; refused. Nothing was changed.</source>
        <translation>Ligne CSV {line}&#x202f;: un champ dépasse {limit} Ko ou ses guillemets sont mal placés&#x202f;; refusé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The CSV file is neither UTF-8 nor Windows-1252 text. In Excel, save it with File › Save As › “CSV UTF-8 (Comma delimited)”.</source>
        <translation>Le fichier CSV n’est ni en UTF-8 ni en Windows-1252. Dans Excel, enregistrez-le par Fichier › Enregistrer sous › «&#x202f;CSV UTF-8 (délimité par des virgules)&#x202f;».</translation>
    </message>
    <message>
        <source>The CSV file is not UTF-8 text: it was read as Windows-1252 (Western European), as Excel saves “CSV” on Windows. Check its accented letters; a file in Arabic must be saved with Excel&apos;s “CSV UTF-8 (Comma delimited)”.</source>
        <translation>Le fichier CSV n’est pas en UTF-8&#x202f;: il a été lu en Windows-1252 (Europe occidentale), comme Excel enregistre «&#x202f;CSV&#x202f;» sous Windows. Vérifiez ses lettres accentuées&#x202f;; un fichier en arabe doit être enregistré avec «&#x202f;CSV UTF-8 (délimité par des virgules)&#x202f;» d’Excel.</translation>
    </message>
    <message>
        <source>{where}: more fields than the header has columns.</source>
        <translation>{where}&#x202f;: plus de champs que l’en-tête n’a de colonnes.</translation>
    </message>
    <message>
        <source>{where}: the id is empty.</source>
        <translation>{where}&#x202f;: l’identifiant est vide.</translation>
    </message>
    <message>
        <source>{where}: kind must be &apos;session&apos; or &apos;project&apos;, not {kind}.</source>
        <translation>{where}&#x202f;: le type doit être «&#x202f;session&#x202f;» ou «&#x202f;project&#x202f;», et non {kind}.</translation>
    </message>
    <message numerus="yes">
        <source>Import {name} (%n session(s)) as a new edition.</source>
        <translation>
            <numerusform>Importer {name} (%Ln session) comme nouvelle édition.</numerusform>
            <numerusform>Importer {name} (%Ln sessions) comme nouvelle édition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {name} (%n session(s)), replacing the {now} sessions of the edition already in the catalogue; marks and notes are kept.</source>
        <translation>
            <numerusform>Importer {name} (%Ln session) en remplacement des sessions de l’édition déjà présente dans le catalogue (sessions actuelles&#x202f;: {now})&#x202f;; les marques et les notes sont conservées.</numerusform>
            <numerusform>Importer {name} (%Ln sessions) en remplacement des sessions de l’édition déjà présente dans le catalogue (sessions actuelles&#x202f;: {now})&#x202f;; les marques et les notes sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no edition: nothing would change.</source>
        <translation>Le fichier ne contient aucune édition&#x202f;: rien ne serait modifié.</translation>
    </message>
    <message>
        <source>Merge {marks} marks, {notes} notes, {meetings} meetings and {contacts} contacts from {delegation} ({delegates} delegates). Nothing of yours is overwritten: where both sides changed an entry, both versions are kept.</source>
        <translation>Fusionner {marks} marques, {notes} notes, {meetings} rendez-vous et {contacts} contacts de {delegation} ({delegates} membres). Rien de ce qui vous appartient n’est écrasé&#x202f;: lorsqu’une entrée a été modifiée des deux côtés, les deux versions sont conservées.</translation>
    </message>
    <message>
        <source>The delegation is new here: it will be created.</source>
        <translation>Cette délégation est inconnue ici&#x202f;: elle sera créée.</translation>
    </message>
    <message>
        <source>The source repeats the id {id}; the copy is {copy}.</source>
        <translation>La source répète l’identifiant {id}&#x202f;; la copie devient {copy}.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) were not usable http(s) URLs and were left out.</source>
        <translation>
            <numerusform>%Ln lien n’était pas une adresse http(s) utilisable et a été écarté.</numerusform>
            <numerusform>%Ln liens n’étaient pas des adresses http(s) utilisables et ont été écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {message}</source>
        <translation>{file}&#x202f;: {message}</translation>
    </message>
    <message>
        <source>&apos;{namespace}&apos; holds the programme imported from {owner}, and this file names no programme of its own: its items are imported beside it, as &apos;{beside}&apos;.</source>
        <translation>«&#x202f;{namespace}&#x202f;» contient le programme importé de {owner}, et ce fichier ne nomme pas de programme qui lui soit propre&#x202f;: ses éléments sont importés à côté, sous «&#x202f;{beside}&#x202f;».</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <source>session</source>
        <translation>session</translation>
    </message>
    <message>
        <source>project</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>our meeting</source>
        <translation>rendez-vous</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>our contact</source>
        <translation>notre contact</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>edition</source>
        <translation>édition</translation>
    </message>
    <message>
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>ItemStatus</name>
    <message>
        <source>cancelled</source>
        <comment>a project</comment>
        <translation>annulé</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>a project</comment>
        <translation>retiré</translation>
    </message>
    <message>
        <source>no longer in the catalogue</source>
        <comment>a project</comment>
        <translation>ne figure plus au catalogue</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>a session</comment>
        <translation>annulée</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>a session</comment>
        <translation>retirée</translation>
    </message>
    <message>
        <source>no longer in the catalogue</source>
        <comment>a session</comment>
        <translation>ne figure plus au catalogue</translation>
    </message>
    <message>
        <source>scheduled</source>
        <comment>a session</comment>
        <translation>programmée</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <comment>the code of the language of this catalogue</comment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>Briefer is locked</source>
        <translation>Briefer est verrouillé</translation>
    </message>
    <message>
        <source>Your data in {path} is encrypted.</source>
        <translation>Vos données dans {path} sont chiffrées.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Passphrase forgotten…</source>
        <translation>Phrase secrète oubliée…</translation>
    </message>
    <message>
        <source>Choose a new passphrase with the recovery key given when it was set.</source>
        <translation>Choisir une nouvelle phrase secrète avec la clé de récupération remise quand elle a été définie.</translation>
    </message>
    <message>
        <source>Briefer is locked. Type your passphrase to go on.</source>
        <translation>Briefer est verrouillé. Saisissez votre phrase secrète pour continuer.</translation>
    </message>
    <message>
        <source>Passphrase forgotten? The recovery key given when it was set lets you choose a new one.</source>
        <translation>Phrase secrète oubliée&#x202f;? La clé de récupération remise quand elle a été définie permet d’en choisir une nouvelle.</translation>
    </message>
    <message>
        <source>Use the recovery key…</source>
        <translation>Utiliser la clé de récupération…</translation>
    </message>
    <message>
        <source>Use the recovery key</source>
        <translation>Utiliser la clé de récupération</translation>
    </message>
    <message>
        <source>Type the recovery key you were given when the passphrase was set (the dashes are optional), then choose a new passphrase. The recovery key stays the same.</source>
        <translation>Saisissez la clé de récupération remise quand la phrase secrète a été définie (les tirets sont facultatifs), puis choisissez une nouvelle phrase secrète. La clé de récupération reste la même.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Confirmer la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>Set the new passphrase</source>
        <translation>Définir la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes ne concordent pas.</translation>
    </message>
</context>
<context>
    <name>LockGuard</name>
    <message>
        <source>Lock now</source>
        <translation>Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Security…</source>
        <translation>Sécurité…</translation>
    </message>
    <message>
        <source>Set a passphrase first (File › Security…): it is what unlocks Briefer.</source>
        <translation>Définissez d’abord une phrase secrète (Fichier › Sécurité…)&#x202f;: c’est elle qui déverrouille Briefer.</translation>
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
        <source>People</source>
        <translation>Personnes</translation>
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
        <source>Results appear as you type; Down reaches them.</source>
        <translation>Les résultats s’affichent au fil de la saisie&#x202f;; la flèche Bas permet d’y accéder.</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
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
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Import programme file…</source>
        <translation>Importer un fichier de programme…</translation>
    </message>
    <message>
        <source>Export marks and notes…</source>
        <translation>Exporter les marques et notes…</translation>
    </message>
    <message>
        <source>Import a colleague&apos;s marks and notes…</source>
        <translation>Importer les marques et notes d’un collègue…</translation>
    </message>
    <message>
        <source>Export calendar…</source>
        <translation>Exporter l’agenda…</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>Préparer le dossier</translation>
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
        <source>Copy diagnostic information</source>
        <translation>Copier les informations de diagnostic</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>À propos de Qt</translation>
    </message>
    <message>
        <source>Portable: data beside the program</source>
        <translation>Version portable&#x202f;: données à côté du programme</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Build a pack first: then it can be printed.</source>
        <translation>Créez d’abord un dossier&#x202f;: il pourra ensuite être imprimé.</translation>
    </message>
    <message>
        <source>Last updated {when} from an imported file</source>
        <translation>Dernière mise à jour le {when} par un fichier importé</translation>
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
        <translation>partiel&#x202f;: voir Aide › À propos</translation>
    </message>
    <message>
        <source>Last synced {when}</source>
        <translation>Dernière synchronisation le {when}</translation>
    </message>
    <message>
        <source>Never synced: bundled data</source>
        <translation>Jamais synchronisé&#x202f;: données intégrées</translation>
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
        <translation>{name} (non signé&#x202f;: de confiance selon vous)</translation>
    </message>
    <message>
        <source>No source yet</source>
        <translation>Aucune source</translation>
    </message>
    <message>
        <source>Remove a source</source>
        <translation>Retirer une source</translation>
    </message>
    <message>
        <source>Remove the source {name}? Briefer stops syncing from it; the programme it brought stays in the catalogue, and your marks and notes are kept.</source>
        <translation>Retirer la source {name}&#x202f;? Briefer cesse de s’y synchroniser&#x202f;; le programme qu’elle a apporté reste dans le catalogue, et vos marques et vos notes sont conservées.</translation>
    </message>
    <message>
        <source>No source yet. Add the address of your ministry&apos;s feed (Sync › Add a source), or import a programme file.</source>
        <translation>Aucune source. Ajoutez l’adresse du flux de votre ministère (Synchronisation › Ajouter une source) ou importez un fichier de programme.</translation>
    </message>
    <message>
        <source>Data: {source}</source>
        <translation>Données&#x202f;: {source}</translation>
    </message>
    <message>
        <source>Diagnostic information copied.</source>
        <translation>Informations de diagnostic copiées.</translation>
    </message>
    <message>
        <source>Import programme file</source>
        <translation>Importer un fichier de programme</translation>
    </message>
    <message>
        <source>Undo {what}</source>
        <translation>Annuler {what}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo {what}</source>
        <translation>Rétablir {what}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Programmes (*.xml *.json *.ics *.csv *.gz)</source>
        <translation>Programmes (*.xml *.json *.ics *.csv *.gz)</translation>
    </message>
    <message>
        <source>Add a source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Publisher&apos;s public key</source>
        <translation>Clé publique de l’éditeur</translation>
    </message>
    <message>
        <source>Export marks and notes</source>
        <translation>Exporter les marques et les notes</translation>
    </message>
    <message>
        <source>Briefer selection (*{ext});;JSON (*.json)</source>
        <translation>Sélection Briefer (*{ext});;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Import marks and notes</source>
        <translation>Importer les marques et les notes</translation>
    </message>
    <message>
        <source>Briefer selection (*{ext} *.json)</source>
        <translation>Sélection Briefer (*{ext} *.json)</translation>
    </message>
    <message>
        <source>{marks} and {notes} added; {conflicts} kept in two versions, flagged.</source>
        <translation>Ajout de {marks} et de {notes}&#x202f;; double version conservée et signalée pour {conflicts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n mark(s)</source>
        <translation>
            <numerusform>%Ln marque</numerusform>
            <numerusform>%Ln marques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Open {name}</source>
        <translation>Ouvrir {name}</translation>
    </message>
    <message>
        <source>Not imported; nothing was changed.</source>
        <translation>Import non effectué&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sync failed; nothing was changed.</source>
        <translation>La synchronisation a échoué&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Already up to date.</source>
        <translation>Déjà à jour.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%Ln modification appliquée.</numerusform>
            <numerusform>%Ln modifications appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>{source}: {error}</source>
        <translation>{source}&#x202f;: {error}</translation>
    </message>
    <message>
        <source>To stop syncing from a source that no longer answers: Sync › Remove a source.</source>
        <translation>Pour cesser de synchroniser une source qui ne répond plus&#x202f;: Synchronisation › Retirer une source.</translation>
    </message>
    <message>
        <source>Search index</source>
        <translation>Index de recherche</translation>
    </message>
    <message>
        <source>Rebuilding the catalogue&apos;s search index for this version of Briefer (once)…</source>
        <translation>Reconstruction de l’index de recherche du catalogue pour cette version de Briefer (une seule fois)…</translation>
    </message>
    <message>
        <source>The catalogue&apos;s search index is ready.</source>
        <translation>L’index de recherche du catalogue est prêt.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied from {applied}; not synced: {failed}.</source>
        <translation>
            <numerusform>%Ln modification appliquée depuis {applied}&#x202f;; échec de la synchronisation&#x202f;: {failed}.</numerusform>
            <numerusform>%Ln modifications appliquées depuis {applied}&#x202f;; échec de la synchronisation&#x202f;: {failed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your marked item(s) changed.</source>
        <translation>
            <numerusform>%Ln de vos éléments marqués a changé.</numerusform>
            <numerusform>%Ln de vos éléments marqués ont changé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new conflict(s).</source>
        <translation>
            <numerusform>%Ln nouveau conflit.</numerusform>
            <numerusform>%Ln nouveaux conflits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkStatus</name>
    <message>
        <source>open</source>
        <translation>en suspens</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmée</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>déclinée</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminée</translation>
    </message>
</context>
<context>
    <name>Marking</name>
    <message>
        <source>Create a delegation (My delegation) to mark items.</source>
        <translation>Créez une délégation (Ma délégation) pour marquer des éléments.</translation>
    </message>
    <message>
        <source>Unmark</source>
        <translation>le retrait de la marque</translation>
    </message>
    <message>
        <source>Mark as {priority}</source>
        <translation>la marque «&#x202f;{priority}&#x202f;»</translation>
    </message>
    <message>
        <source>Take {name} off</source>
        <translation>le retrait de {name}</translation>
    </message>
    <message>
        <source>Assign to {name}</source>
        <translation>l’attribution à {name}</translation>
    </message>
    <message>
        <source>M marks or unmarks; 1, 2, 3 set the priority; the Menu key opens more.</source>
        <translation>M marque ou retire la marque&#x202f;; 1, 2, 3 fixent la priorité&#x202f;; la touche Menu en propose davantage.</translation>
    </message>
    <message>
        <source>&amp;Unmark</source>
        <translation>&amp;Retirer la marque</translation>
    </message>
    <message>
        <source>&amp;Mark</source>
        <translation>&amp;Marquer</translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation>&amp;Priorité</translation>
    </message>
    <message>
        <source>&amp;Assign to</source>
        <translation>&amp;Attribuer à</translation>
    </message>
    <message>
        <source>Open &amp;note</source>
        <translation>Ouvrir la &amp;note</translation>
    </message>
</context>
<context>
    <name>Marks</name>
    <message>
        <source>Priority &apos;{priority}&apos; is not one of {choices}.</source>
        <translation>La priorité «&#x202f;{priority}&#x202f;» ne fait pas partie des valeurs admises&#x202f;: {choices}.</translation>
    </message>
    <message>
        <source>Status &apos;{status}&apos; is not one of {choices}.</source>
        <translation>Le statut «&#x202f;{status}&#x202f;» ne fait pas partie des valeurs admises&#x202f;: {choices}.</translation>
    </message>
    <message>
        <source>{delegate} is not a delegate of {delegation}.</source>
        <translation>{delegate} n’est pas membre de {delegation}.</translation>
    </message>
    <message>
        <source>{item} is not assigned to {delegate}.</source>
        <translation>Aucune attribution de {item} à {delegate}.</translation>
    </message>
    <message>
        <source>priority: {priority}</source>
        <translation>priorité&#x202f;: {priority}</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>statut&#x202f;: {status}</translation>
    </message>
    <message>
        <source>assigned to {names}</source>
        <translation>attribution&#x202f;: {names}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motif&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not a way to settle a mark: mine or theirs.</source>
        <translation>«&#x202f;{keep}&#x202f;» n’est pas une option valide pour régler une marque&#x202f;: mine ou theirs.</translation>
    </message>
    <message>
        <source>The mark on {item} has no conflict to settle.</source>
        <translation>La marque sur {item} ne présente aucun conflit à régler.</translation>
    </message>
    <message>
        <source>{item} is not marked by {delegation}.</source>
        <translation>{delegation} n’a pas marqué {item}.</translation>
    </message>
</context>
<context>
    <name>MeetingActions</name>
    <message>
        <source>Edit meeting</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Mark “{title}” as cancelled? It stays in the list, struck through, and no longer conflicts; its status can be set back by editing it.</source>
        <translation>Annuler le rendez-vous «&#x202f;{title}&#x202f;»&#x202f;? Il reste dans la liste, barré, et n’entre plus en conflit avec d’autres éléments&#x202f;; son statut pourra être rétabli en le modifiant.</translation>
    </message>
    <message numerus="yes">
        <source>%n counterpart(s)</source>
        <translation>
            <numerusform>%Ln interlocuteur</numerusform>
            <numerusform>%Ln interlocuteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attending delegate(s)</source>
        <translation>
            <numerusform>%Ln membre participant</numerusform>
            <numerusform>%Ln membres participants</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{title}” ({day} {time})? Its time, place, status, logistics, its {counterparts} and {delegates} go with it; Edit › Undo (Ctrl+Z) brings them back while Briefer stays open. The contacts themselves stay.</source>
        <translation>Supprimer «&#x202f;{title}&#x202f;» ({day} {time})&#x202f;? Son horaire, son lieu, son statut, sa logistique ainsi que le lien avec {counterparts} et {delegates} disparaissent avec lui&#x202f;; Édition › Annuler (Ctrl+Z) les rétablit tant que Briefer reste ouvert. Les contacts eux-mêmes sont conservés.</translation>
    </message>
    <message>
        <source>day to be announced</source>
        <translation>jour à confirmer</translation>
    </message>
    <message numerus="yes">
        <source>Its %n note(s) stay, in Notes.</source>
        <translation>
            <numerusform>%Ln note liée reste disponible dans Notes.</numerusform>
            <numerusform>%Ln notes liées restent disponibles dans Notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Supprimer le rendez-vous</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New meeting</source>
        <translation>Nouveau rendez-vous</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Modifier le rendez-vous</translation>
    </message>
    <message>
        <source>to be announced</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>Name of a new contact</source>
        <translation>Nom d’un nouveau contact</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Ajouter le contact</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
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
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Counterparts</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>Delegates who attend</source>
        <translation>Membres participants</translation>
    </message>
    <message>
        <source>“{typed}” is not a day: the field shows the last day read again. Type a day as {example} (day/month/year), or pick one from the calendar (F4).</source>
        <translation>«&#x202f;{typed}&#x202f;» n’est pas un jour&#x202f;: le champ montre de nouveau le dernier jour lu. Tapez un jour comme {example} (jour/mois/année), ou choisissez-le dans le calendrier (F4).</translation>
    </message>
</context>
<context>
    <name>MeetingWords</name>
    <message>
        <source>bilateral</source>
        <translation>bilatérale</translation>
    </message>
    <message>
        <source>side meeting</source>
        <translation>réunion parallèle</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>réception</translation>
    </message>
    <message>
        <source>press</source>
        <translation>presse</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>déplacement</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>décliné</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Interpretation</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Access badge</source>
        <translation>Badge d’accès</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <source>Contact on the ground</source>
        <translation>Contact sur place</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>&apos;{zone}&apos; is not a time zone such as Europe/Paris.</source>
        <translation>«&#x202f;⁨{zone}⁩&#x202f;» n’est pas un fuseau horaire du type ⁦Europe/⁠Paris⁩.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a day written YYYY-MM-DD.</source>
        <translation>«&#x202f;{day}&#x202f;» n’est pas une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a day between {first} and {last}.</source>
        <translation>«&#x202f;{day}&#x202f;» n’est pas un jour entre {first} et {last}.</translation>
    </message>
    <message>
        <source>&apos;{time}&apos; is not a time written HH:MM.</source>
        <translation>«&#x202f;{time}&#x202f;» n’est pas une heure au format HH:MM.</translation>
    </message>
    <message>
        <source>A time needs a day.</source>
        <translation>Une heure doit être accompagnée d’un jour.</translation>
    </message>
    <message>
        <source>An end time needs a start time.</source>
        <translation>Une heure de fin suppose une heure de début.</translation>
    </message>
    <message>
        <source>The meeting ends ({end}) before or when it starts ({start}).</source>
        <translation>L’heure de fin du rendez-vous ({end}) n’est pas postérieure à son heure de début ({start}).</translation>
    </message>
    <message>
        <source>{what} &apos;{value}&apos; is not one of {choices}.</source>
        <translation>{what} «&#x202f;{value}&#x202f;» ne fait pas partie des valeurs admises&#x202f;: {choices}.</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a logistics field: {choices}.</source>
        <translation>«&#x202f;{key}&#x202f;» n’est pas un champ logistique&#x202f;; champs admis&#x202f;: {choices}.</translation>
    </message>
    <message>
        <source>A meeting needs a title.</source>
        <translation>Un rendez-vous doit avoir un titre.</translation>
    </message>
    <message>
        <source>No meeting with id {id}.</source>
        <translation>Aucun rendez-vous ne porte l’identifiant {id}.</translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not a way to settle a meeting: current or other.</source>
        <translation>«&#x202f;{keep}&#x202f;» n’est pas une option valide pour régler un rendez-vous&#x202f;: current ou other.</translation>
    </message>
    <message>
        <source>The meeting {id} has no other version to settle.</source>
        <translation>Le rendez-vous {id} n’a pas d’autre version à régler.</translation>
    </message>
    <message>
        <source>Several meetings have ids starting with {id}.</source>
        <translation>Plusieurs rendez-vous ont un identifiant commençant par {id}.</translation>
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
    <message>
        <source>A note&apos;s direction is rtl or ltr, not {direction}.</source>
        <translation>Le sens d’une note est rtl ou ltr, pas {direction}.</translation>
    </message>
    <message>
        <source>&apos;{keep}&apos; is not a way to settle a note: this, both or merge.</source>
        <translation>«&#x202f;{keep}&#x202f;» n’est pas une option valide pour régler une note&#x202f;: this, both ou merge.</translation>
    </message>
    <message>
        <source>Note {id} has no conflicting version to settle.</source>
        <translation>La note {id} n’a pas de version en conflit à régler.</translation>
    </message>
    <message>
        <source>No note with id {id}.</source>
        <translation>Aucune note ne porte l’identifiant {id}.</translation>
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
        <source>Start from template:</source>
        <translation>Partir d’un modèle&#x202f;:</translation>
    </message>
    <message>
        <source>Right-to-left</source>
        <translation>De droite à gauche</translation>
    </message>
    <message>
        <source>Create a delegation and save…</source>
        <translation>Créer une délégation et enregistrer…</translation>
    </message>
    <message>
        <source>Delete note…</source>
        <translation>Supprimer la note…</translation>
    </message>
    <message>
        <source>This note was also edited elsewhere; an import kept both versions.</source>
        <translation>Cette note a aussi été modifiée ailleurs&#x202f;; un import a conservé les deux versions.</translation>
    </message>
    <message>
        <source>Keep this version</source>
        <translation>Garder cette version</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Merge into this one</source>
        <translation>Fusionner dans celle-ci</translation>
    </message>
    <message>
        <source>Write in Markdown: # heading, **bold**, - list</source>
        <translation>Écrivez en Markdown&#x202f;: # titre, **gras**, - liste</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>The other version of this note will be deleted; its text will be lost.</source>
        <translation>L’autre version de cette note sera supprimée&#x202f;; son texte sera perdu.</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Vierge</translation>
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
    <message>
        <source>Not saved: notes belong to a delegation, and there is none yet.</source>
        <translation>Non enregistré&#x202f;: les notes relèvent d’une délégation, et aucune n’existe encore.</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Nouvelle délégation</translation>
    </message>
    <message>
        <source>Name of your delegation</source>
        <translation>Nom de votre délégation</translation>
    </message>
    <message>
        <source>the delegation</source>
        <translation>la délégation</translation>
    </message>
    <message>
        <source>The preview shows the beginning of this long note; packs print all of it.</source>
        <translation>L’aperçu montre le début de cette longue note&#x202f;; les dossiers l’impriment en entier.</translation>
    </message>
    <message>
        <source>Not saved yet: {reason} Trying again; your text is kept.</source>
        <translation>Pas encore enregistré&#x202f;: {reason} Nouvelle tentative en cours&#x202f;; votre texte est conservé.</translation>
    </message>
    <message>
        <source>Its other version, from an import, stays.</source>
        <translation>Son autre version, issue d’un import, est conservée.</translation>
    </message>
    <message>
        <source> [conflicting version, from {file}]</source>
        <translation> [version en conflit, de {file}]</translation>
    </message>
    <message>
        <source> [conflicting version, this folder&apos;s]</source>
        <translation> [version en conflit, la vôtre]</translation>
    </message>
    <message numerus="yes">
        <source>Delete the note on {where} (%n character(s), beginning “{first}”)? Edit › Undo (Ctrl+Z) brings it back while Briefer stays open.</source>
        <translation>
            <numerusform>Supprimer la note sur {where} (%Ln caractère, commençant par «&#x202f;{first}&#x202f;»)&#x202f;? Édition › Annuler (Ctrl+Z) la rétablit tant que Briefer reste ouvert.</numerusform>
            <numerusform>Supprimer la note sur {where} (%Ln caractères, commençant par «&#x202f;{first}&#x202f;»)&#x202f;? Édition › Annuler (Ctrl+Z) la rétablit tant que Briefer reste ouvert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Note deleted</source>
        <translation>Note supprimée</translation>
    </message>
</context>
<context>
    <name>OperationRunner</name>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Failed; nothing was changed.</source>
        <translation>Échec&#x202f;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Packs</name>
    <message numerus="yes">
        <source>Unknown section(s) {unknown}; choose from {sections}.</source>
        <translation>
            <numerusform>Section inconnue&#x202f;: {unknown}&#x202f;; choisissez parmi {sections}.</numerusform>
            <numerusform>Sections inconnues&#x202f;: {unknown}&#x202f;; choisissez parmi {sections}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path} ends in .{extension} but the format asked for is {format}; give the file a .{format} name, or ask for {extension}.</source>
        <translation>{path} se termine par .{extension} mais le format demandé est {format}&#x202f;; donnez au fichier un nom en .{format}, ou demandez {extension}.</translation>
    </message>
    <message>
        <source>{out} is a folder; give a file name such as {example}.</source>
        <translation>{out} est un répertoire&#x202f;; donnez un nom de fichier comme {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le répertoire {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>{out} cannot be overwritten (read-only).</source>
        <translation>{out} ne peut pas être remplacé (lecture seule).</translation>
    </message>
    <message>
        <source>A pack is written as {formats}, not {format}.</source>
        <translation>Un dossier est produit en {formats}, et non en {format}.</translation>
    </message>
    <message>
        <source>A password protects PDF packs only; no Word pack was written.</source>
        <translation>Seuls les dossiers PDF peuvent être protégés par un mot de passe&#x202f;; aucun dossier Word n’a été produit.</translation>
    </message>
    <message>
        <source>Nothing is marked for {who}: mark sessions or projects first.</source>
        <translation>Rien n’est marqué pour {who}&#x202f;: marquez d’abord des sessions ou des projets.</translation>
    </message>
    <message>
        <source>&apos;{day}&apos; is not a date such as 2021-11-11.</source>
        <translation>«&#x202f;{day}&#x202f;» n’est pas une date de la forme 2021-11-11.</translation>
    </message>
    <message>
        <source>No marked session for {who} on {day}.</source>
        <translation>Aucune session marquée pour «&#x202f;{who}&#x202f;» le {day}.</translation>
    </message>
    <message>
        <source>&apos;{lang}&apos; is not a pack language (ar, fr, en).</source>
        <translation>«&#x202f;{lang}&#x202f;» n’est pas une langue de dossier (ar, fr, en).</translation>
    </message>
    <message>
        <source>&apos;{paper}&apos; is not a paper Briefer prints on (A4, letter).</source>
        <translation>«&#x202f;{paper}&#x202f;» n’est pas un papier sur lequel Briefer imprime (A4, letter).</translation>
    </message>
    <message>
        <source>A classification line or watermark is one line of at most {n} characters.</source>
        <translation>Une mention de classification ou un filigrane tient sur une ligne d’au plus {n} caractères.</translation>
    </message>
    <message>
        <source>A PDF password needs at least {count} characters; no pack was written.</source>
        <translation>Un mot de passe de PDF doit compter au moins {count} caractères&#x202f;; aucun dossier n’a été enregistré.</translation>
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
        <translation>Fiche du jour</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>Membre</translation>
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
        <source>Pass&amp;word to open</source>
        <translation>Mot de &amp;passe d’ouverture</translation>
    </message>
    <message>
        <source>Password a&amp;gain</source>
        <translation>&amp;Confirmer le mot de passe</translation>
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
        <source>Our meetings</source>
        <translation>Nos rendez-vous</translation>
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
        <source>Who&apos;s who</source>
        <translation>Qui est qui</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Qui va où</translation>
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
        <source>none: anyone can open the PDF</source>
        <translation>aucun&#x202f;: tout le monde peut ouvrir le PDF</translation>
    </message>
    <message>
        <source>The PDF asks for this password before it opens (AES-256). Give it to the reader another way than the file.</source>
        <translation>Le PDF demande ce mot de passe avant de s’ouvrir (AES-256). Communiquez-le au lecteur autrement que le fichier.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Ouvrir le document</translation>
    </message>
    <message>
        <source>Word (.docx)</source>
        <translation>Document Word (.docx)</translation>
    </message>
    <message>
        <source>A Word pack has no preview here: once built, open it with the system (Open document) to read, revise or print it.</source>
        <translation>Un dossier Word n’a pas d’aperçu ici&#x202f;: une fois préparé, ouvrez-le avec l’application du système (Ouvrir le document) pour le lire, le réviser ou l’imprimer.</translation>
    </message>
    <message>
        <source>Build pack</source>
        <translation>Préparer le dossier</translation>
    </message>
    <message>
        <source>Build day sheet</source>
        <translation>Préparer la fiche du jour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
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
        <translation>Ouvrir le répertoire</translation>
    </message>
    <message>
        <source>Whole delegation</source>
        <translation>Toute la délégation</translation>
    </message>
    <message>
        <source>Build a pack to see its pages here.</source>
        <translation>Préparez un dossier pour en voir les pages ici.</translation>
    </message>
    <message>
        <source>Create your delegation in My delegation and mark sessions or projects: the pack&apos;s pages will show here.</source>
        <translation>Créez votre délégation dans Ma délégation et marquez des sessions ou des projets&#x202f;: les pages du dossier s’afficheront ici.</translation>
    </message>
    <message>
        <source>The two passwords differ; no pack was built.</source>
        <translation>Les deux mots de passe diffèrent&#x202f;; aucun dossier n’a été créé.</translation>
    </message>
    <message>
        <source>Building the day sheet…</source>
        <translation>Préparation de la fiche du jour…</translation>
    </message>
    <message>
        <source>Word pack ready: {name}. Open document shows it.</source>
        <translation>Dossier Word prêt&#x202f;: {name}. Affichez-le avec «&#x202f;Ouvrir le document&#x202f;».</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n pages: save, print or open the folder for the whole pack.</source>
        <translation>
            <numerusform>L’aperçu montre les %1 premières pages sur %Ln&#x202f;: enregistrez ou imprimez le dossier pour le voir en entier.</numerusform>
            <numerusform>L’aperçu montre les %1 premières pages sur %Ln&#x202f;: enregistrez ou imprimez le dossier pour le voir en entier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Document Word (*.docx)</translation>
    </message>
    <message>
        <source>The pack could not be saved to {path}: {reason}</source>
        <translation>Le dossier n’a pas pu être enregistré dans {path}&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>A Word pack is printed from Word or LibreOffice: Open document.</source>
        <translation>Un dossier Word s’imprime depuis Word ou LibreOffice&#x202f;: Ouvrir le document.</translation>
    </message>
    <message>
        <source>Sending the pack to the printer…</source>
        <translation>Envoi du dossier à l’imprimante…</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) sent to the printer.</source>
        <translation>
            <numerusform>%Ln page envoyée à l’imprimante.</numerusform>
            <numerusform>%Ln pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Building the pack…</source>
        <translation>Préparation du dossier…</translation>
    </message>
    <message>
        <source>page %v</source>
        <translation>page %v</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) ready.</source>
        <translation>
            <numerusform>%Ln page prête.</numerusform>
            <numerusform>%Ln pages prêtes.</numerusform>
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
    <name>People</name>
    <message>
        <source>“{country}” is not a country Briefer knows: give its name in Arabic, French or English, or its ISO 3166 code such as FR.</source>
        <translation>«&#x202f;{country}&#x202f;» n’est pas un pays que Briefer connaît&#x202f;: donnez son nom en arabe, en français ou en anglais, ou son code ISO 3166, comme FR.</translation>
    </message>
    <message>
        <source>A person needs a name.</source>
        <translation>Une personne doit avoir un nom.</translation>
    </message>
    <message numerus="yes">
        <source>{name} is a counterpart of %n meeting(s): {titles}. Take them off those meetings first; nothing was deleted.</source>
        <translation>
            <numerusform>{name} figure parmi les interlocuteurs de %Ln rendez-vous&#x202f;: {titles}. Retirez d’abord cette personne de ce rendez-vous&#x202f;; rien n’a été supprimé.</numerusform>
            <numerusform>{name} figure parmi les interlocuteurs de %Ln rendez-vous&#x202f;: {titles}. Retirez d’abord cette personne de ces rendez-vous&#x202f;; rien n’a été supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact with id {id}.</source>
        <translation>Aucun contact ayant l’identifiant {id}.</translation>
    </message>
    <message>
        <source>Several people are named &apos;{name}&apos;: {ids}.</source>
        <translation>Plusieurs personnes s’appellent «&#x202f;{name}&#x202f;»&#x202f;: {ids}.</translation>
    </message>
    <message>
        <source>No person named &apos;{name}&apos; among the delegation&apos;s contacts or the speakers.</source>
        <translation>Aucune personne nommée «&#x202f;{name}&#x202f;» parmi les contacts de la délégation ou les intervenants.</translation>
    </message>
    <message>
        <source>No person with id {id}.</source>
        <translation>Aucune personne ayant l’identifiant {id}.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>A contact of the delegation</source>
        <translation>Contact de la délégation</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Filter by name, function or organisation</source>
        <translation>Filtrer par nom, fonction ou organisation</translation>
    </message>
    <message>
        <source>Add contact…</source>
        <translation>Ajouter un contact…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Modifier le contact…</translation>
    </message>
    <message>
        <source>Sessions they speak in, and our meetings with them</source>
        <translation>Sessions où cette personne intervient, et nos rendez-vous avec elle</translation>
    </message>
    <message>
        <source>Our meeting: {title}</source>
        <translation>Notre rendez-vous&#x202f;: {title}</translation>
    </message>
    <message>
        <source>Choose a person to see their sessions and notes.</source>
        <translation>Choisissez une personne pour voir ses sessions et ses notes.</translation>
    </message>
    <message>
        <source>Languages: {languages}</source>
        <translation>Langues&#x202f;: {languages}</translation>
    </message>
    <message>
        <source>A contact of the delegation.</source>
        <translation>Contact de la délégation.</translation>
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
        <translation>Le système d’impression n’a pas répondu&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>The printer refused the pack: {reason}</source>
        <translation>L’imprimante a refusé le dossier&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>The chosen pages are not in the pack.</source>
        <translation>Les pages choisies ne sont pas dans le dossier.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Impossible de démarrer l’imprimante.</translation>
    </message>
    <message>
        <source>The printer stopped taking pages.</source>
        <translation>L’imprimante n’accepte plus de pages.</translation>
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
        <translation>recommandée</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultative</translation>
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
        <translation>Membre</translation>
    </message>
    <message>
        <source>Marked only</source>
        <translation>Marqués seulement</translation>
    </message>
    <message>
        <source>&amp;Now and next</source>
        <translation>&amp;En cours et à venir</translation>
    </message>
    <message>
        <source>Today&apos;s items from the current time, the delegation&apos;s own first; refreshed every minute</source>
        <translation>Les éléments du jour à partir de l’heure actuelle, ceux de la délégation en premier&#x202f;; actualisé chaque minute</translation>
    </message>
    <message>
        <source>Nothing more today. During the forum, Now and next lists its items of the day from the current time: your own meetings first, then what you marked.</source>
        <translation>Plus rien aujourd’hui. Pendant le forum, «&#x202f;En cours et à venir&#x202f;» présente les éléments du jour à partir de l’heure actuelle&#x202f;: vos rendez-vous d’abord, puis ce que vous avez marqué.</translation>
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
        <translation>Programme Scale-up</translation>
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
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Répertoire de fichiers</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Fichier %1</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Chercher dans&#x202f;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type&#x202f;:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
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
        <source>Our meetings</source>
        <translation>Nos rendez-vous</translation>
    </message>
    <message>
        <source>Our contacts</source>
        <translation>Nos contacts</translation>
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
        <source>everything</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>all editions</source>
        <translation>toutes les éditions</translation>
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
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Editi&amp;on</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>Da&amp;y</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>Dele&amp;gate</source>
        <translation>Mem&amp;bre</translation>
    </message>
    <message>
        <source>&amp;Marked only</source>
        <translation>&amp;Marqués seulement</translation>
    </message>
    <message>
        <source>Type in the search field (Ctrl+F): Arabic, French or English, any spelling.</source>
        <translation>Tapez dans le champ de recherche (Ctrl+F)&#x202f;: arabe, français ou anglais, quelle que soit l’orthographe.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>A forgotten passphrase cannot be recovered: nobody, not even Briefer&apos;s makers, can open your data without it. You will be shown a recovery key once, to print or write down and keep away from this computer.</source>
        <translation>Une phrase secrète oubliée ne peut pas être retrouvée&#x202f;: personne, pas même les concepteurs de Briefer, ne peut ouvrir vos données sans elle. Une clé de récupération vous sera présentée une seule fois&#x202f;; imprimez-la ou notez-la, et conservez-la à l’écart de cet ordinateur.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Confirmer la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>The two new passphrases differ.</source>
        <translation>Les deux nouvelles phrases secrètes ne concordent pas.</translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>Une phrase secrète doit compter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>Your data is now encrypted. If you forget your passphrase, this recovery key is the only way to set a new one. Print it or write it down now and keep it away from this computer: it will not be shown again.</source>
        <translation>Vos données sont désormais chiffrées. Si vous oubliez votre phrase secrète, cette clé de récupération est le seul moyen d’en définir une nouvelle. Imprimez-la ou notez-la dès maintenant et conservez-la à l’écart de cet ordinateur&#x202f;: elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>I have kept it</source>
        <translation>Je l’ai conservée</translation>
    </message>
    <message>
        <source>Briefer recovery key</source>
        <translation>Clé de récupération Briefer</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Your data in this folder is encrypted with a passphrase. Briefer asks for it at start and after locking.</source>
        <translation>Vos données dans ce répertoire sont chiffrées par une phrase secrète. Briefer la demande au démarrage et après chaque verrouillage.</translation>
    </message>
    <message>
        <source>Your data in this folder is not encrypted: anyone who has this computer can read your marks and notes.</source>
        <translation>Vos données dans ce répertoire ne sont pas chiffrées&#x202f;: quiconque dispose de cet ordinateur peut lire vos marques et vos notes.</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%Ln&#xa0;min</numerusform>
            <numerusform>%Ln&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Changer de phrase secrète…</translation>
    </message>
    <message>
        <source>Remove passphrase…</source>
        <translation>Supprimer la phrase secrète…</translation>
    </message>
    <message>
        <source>Set a passphrase…</source>
        <translation>Définir une phrase secrète…</translation>
    </message>
    <message>
        <source>Set a passphrase</source>
        <translation>Définir une phrase secrète</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer de phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>Remove passphrase</source>
        <translation>Supprimer la phrase secrète</translation>
    </message>
</context>
<context>
    <name>Selection</name>
    <message>
        <source>{path} is not a Briefer selection file: {reason}. Nothing was imported.</source>
        <translation>{path} n’est pas un fichier de sélection Briefer&#x202f;: {reason}. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>{path} is protected with a passphrase; nothing was imported.</source>
        <translation>{path} est protégé par une phrase secrète&#x202f;; rien n’a été importé.</translation>
    </message>
    <message>
        <source>its protected contents are damaged</source>
        <translation>son contenu protégé est endommagé</translation>
    </message>
    <message>
        <source>it is larger than 50 MB</source>
        <translation>il dépasse 50 Mo</translation>
    </message>
    <message>
        <source>its JSON is nested too deeply</source>
        <translation>son JSON comporte trop de niveaux d’imbrication</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}</source>
        <translation>JSON invalide à la ligne {line}</translation>
    </message>
    <message>
        <source>it has no &apos;format&apos;: &apos;briefer-selection&apos; marker</source>
        <translation>il n’a pas la marque &apos;format&apos;: &apos;briefer-selection&apos;</translation>
    </message>
    <message>
        <source>format version &apos;{version}&apos; is not supported</source>
        <translation>la version de format «&#x202f;{version}&#x202f;» n’est pas prise en charge</translation>
    </message>
    <message>
        <source>a value has the wrong type</source>
        <translation>une valeur n’est pas du bon type</translation>
    </message>
    <message>
        <source>&apos;delegation&apos; is missing</source>
        <translation>la délégation manque</translation>
    </message>
    <message>
        <source>the delegation has no uid</source>
        <translation>la délégation n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>the delegation has no name</source>
        <translation>la délégation n’a pas de nom</translation>
    </message>
    <message>
        <source>the delegation&apos;s country is not text</source>
        <translation>le pays de la délégation n’est pas du texte</translation>
    </message>
    <message>
        <source>&apos;delegates&apos; is not a list</source>
        <translation>les membres de la délégation ne forment pas une liste</translation>
    </message>
    <message>
        <source>a delegate is malformed</source>
        <translation>un membre de la délégation est mal formé</translation>
    </message>
    <message>
        <source>&apos;marks&apos; is not a list</source>
        <translation>les marques ne forment pas une liste</translation>
    </message>
    <message>
        <source>a mark is not an object</source>
        <translation>une marque n’est pas un objet</translation>
    </message>
    <message>
        <source>the mark on {item} has a field of the wrong type</source>
        <translation>la marque sur {item} a un champ du mauvais type</translation>
    </message>
    <message>
        <source>a mark has priority {priority}, not one Briefer knows</source>
        <translation>une marque a la priorité {priority}, que Briefer ne connaît pas</translation>
    </message>
    <message>
        <source>a mark has status {status}, not one Briefer knows</source>
        <translation>une marque a le statut {status}, que Briefer ne connaît pas</translation>
    </message>
    <message>
        <source>a mark names a delegate the file does not define</source>
        <translation>une marque nomme un membre de la délégation que le fichier ne définit pas</translation>
    </message>
    <message>
        <source>a mark has item id {item}, not one Briefer writes</source>
        <translation>une marque a l’identifiant d’élément {item}, qui n’est pas de ceux qu’écrit Briefer</translation>
    </message>
    <message>
        <source>&apos;notes&apos; is not a list</source>
        <translation>les notes ne forment pas une liste</translation>
    </message>
    <message>
        <source>a note is malformed</source>
        <translation>une note est mal formée</translation>
    </message>
    <message>
        <source>the note {note} has an item id or a date of the wrong type</source>
        <translation>la note {note} a un identifiant d’élément ou une date du mauvais type</translation>
    </message>
    <message>
        <source>the note {note} has a direction other than rtl or ltr</source>
        <translation>la note {note} a un sens autre que rtl ou ltr</translation>
    </message>
    <message>
        <source>the note {note} is longer than a note may be ({limit} MB)</source>
        <translation>la note {note} dépasse la longueur permise pour une note ({limit}&#xa0;Mo)</translation>
    </message>
    <message>
        <source>&apos;items&apos; is not a list</source>
        <translation>les éléments ne forment pas une liste</translation>
    </message>
    <message>
        <source>an item is malformed</source>
        <translation>un élément est mal formé</translation>
    </message>
    <message>
        <source>&apos;meetings&apos; is not a list</source>
        <translation>les rendez-vous ne forment pas une liste</translation>
    </message>
    <message>
        <source>a meeting is malformed</source>
        <translation>un rendez-vous est mal formé</translation>
    </message>
    <message>
        <source>a meeting names a delegate the file does not define</source>
        <translation>un rendez-vous nomme un membre de la délégation que le fichier ne définit pas</translation>
    </message>
    <message>
        <source>&apos;contacts&apos; is not a list</source>
        <translation>les contacts ne forment pas une liste</translation>
    </message>
    <message>
        <source>a contact is malformed</source>
        <translation>un contact est mal formé</translation>
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
        <translation>Marque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message numerus="yes">
        <source>Now and next, {day} — %n item(s)</source>
        <translation>
            <numerusform>En cours et à venir, {day} — %Ln élément</numerusform>
            <numerusform>En cours et à venir, {day} — %Ln éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Day to be announced</source>
        <translation>Jour à confirmer</translation>
    </message>
    <message numerus="yes">
        <source>{day} — %n session(s)</source>
        <translation>
            <numerusform>{day} — %Ln session</numerusform>
            <numerusform>{day} — %Ln sessions</numerusform>
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
        <source>withdrawn</source>
        <translation>retirée</translation>
    </message>
    <message>
        <source>our meeting</source>
        <translation>notre rendez-vous</translation>
    </message>
    <message numerus="yes">
        <source> and %n delegation meeting(s)</source>
        <translation>
            <numerusform> et %Ln rendez-vous de la délégation</numerusform>
            <numerusform> et %Ln rendez-vous de la délégation</numerusform>
        </translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
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
    <name>Settings</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>the display language</source>
        <translation>la langue d’affichage</translation>
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
        <source>Display &amp;language</source>
        <translation>&amp;Langue d’affichage</translation>
    </message>
    <message>
        <source>Pack l&amp;anguage</source>
        <translation>Langue du &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>&amp;Classification line</source>
        <translation>&amp;Mention de classification</translation>
    </message>
    <message>
        <source>&amp;Watermark</source>
        <translation>&amp;Filigrane</translation>
    </message>
    <message>
        <source>New packs and day sheets</source>
        <translation>Nouveaux dossiers et fiches du jour</translation>
    </message>
    <message>
        <source>&amp;Security…</source>
        <translation>&amp;Sécurité…</translation>
    </message>
    <message>
        <source>The passphrase that protects your data, and the idle lock</source>
        <translation>La phrase secrète qui protège vos données, et le verrouillage en cas d’inactivité</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Alt with an underlined letter reaches a field or a menu.</source>
        <translation>Alt avec une lettre soulignée donne accès à un champ ou à un menu.</translation>
    </message>
    <message>
        <source>Mark or unmark the current item</source>
        <translation>Marquer l’élément en cours ou retirer sa marque</translation>
    </message>
    <message>
        <source>Priority: must, should, optional</source>
        <translation>Priorité&#x202f;: incontournable, recommandée, facultative</translation>
    </message>
    <message>
        <source>The current item&apos;s menu</source>
        <translation>Menu de l’élément en cours</translation>
    </message>
    <message>
        <source>Menu key, Shift+F10</source>
        <translation>Touche Menu, Shift+F10</translation>
    </message>
    <message>
        <source>From the search field to the results</source>
        <translation>Du champ de recherche aux résultats</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>Flèche vers le bas, Entrée</translation>
    </message>
    <message>
        <source>From the results back to the search field</source>
        <translation>Des résultats au champ de recherche</translation>
    </message>
    <message>
        <source>Escape, Up</source>
        <translation>Échap, flèche vers le haut</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <source>{editions}: {sessions}, {projects}.</source>
        <translation>{editions}&#x202f;: {sessions}, {projects}.</translation>
    </message>
    <message>
        <source>no edition</source>
        <translation>aucune édition</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%Ln projet</numerusform>
            <numerusform>%Ln projets</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed by the publisher&apos;s key.</source>
        <translation>Signé par la clé de l’éditeur.</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Non signé.</translation>
    </message>
    <message>
        <source>Briefer feed, signed by its publisher</source>
        <translation>Flux Briefer signé par son éditeur</translation>
    </message>
    <message>
        <source>Conference schedule (frab, Pentabarf XML)</source>
        <translation>Programme de conférence (frab, Pentabarf XML)</translation>
    </message>
    <message>
        <source>Conference schedule (frab JSON)</source>
        <translation>Programme de conférence (frab JSON)</translation>
    </message>
    <message>
        <source>Calendar (iCalendar, .ics)</source>
        <translation>Agenda (iCalendar, .ics)</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tableur (CSV)</translation>
    </message>
    <message>
        <source>e.g. ppf</source>
        <translation>p. ex. ppf</translation>
    </message>
    <message>
        <source>no key chosen</source>
        <translation>aucune clé choisie</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Accept &amp;unsigned data from this address (it cannot be verified)</source>
        <translation>Accepter les données non &amp;signées de cette adresse (invérifiables)</translation>
    </message>
    <message>
        <source>&amp;Test the address</source>
        <translation>&amp;Tester l’adresse</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Publisher&apos;s &amp;key</source>
        <translation>Clé de l’é&amp;diteur</translation>
    </message>
    <message>
        <source>Testing {url}…</source>
        <translation>Test de {url}…</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>downloading</source>
        <translation>téléchargement</translation>
    </message>
    <message>
        <source>writing</source>
        <translation>écriture</translation>
    </message>
    <message>
        <source>indexing</source>
        <translation>indexation</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>attente</translation>
    </message>
    <message>
        <source>resetting</source>
        <translation>réinitialisation</translation>
    </message>
    <message>
        <source>importing</source>
        <translation>importation</translation>
    </message>
    <message>
        <source>rendering</source>
        <translation>rendu</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The catalogue file {path} is damaged or not a catalogue: {error}</source>
        <translation>Le fichier de catalogue {path} est endommagé ou n’est pas un catalogue&#x202f;: {error}</translation>
    </message>
    <message>
        <source>The catalogue file {path} has format {version}; this Briefer reads format {known}.</source>
        <translation>Le fichier de catalogue {path} est au format {version}&#x202f;; ce Briefer lit le format {known}.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} is busy with another long write (an import or a sync) that did not end in time; nothing was written.</source>
        <translation>Vos données Briefer dans {path} sont occupées par une autre écriture longue (importation ou synchronisation) qui ne s’est pas terminée à temps&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Writing {path} passed the largest file size this session allows (a limit set with ulimit -f); nothing was written.</source>
        <translation>L’écriture de {path} a dépassé la taille de fichier maximale autorisée pour cette session (limite fixée par ulimit -f)&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The disk holding {path} is full; nothing was written.</source>
        <translation>Le disque contenant {path} est plein&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>{path} cannot be written (read-only); nothing was written.</source>
        <translation>{path} n’est pas accessible en écriture (lecture seule)&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Writing {path} failed ({error}); nothing was written.</source>
        <translation>L’écriture de {path} a échoué ({error})&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou répertoire introuvable</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>une partie du chemin n’est pas un répertoire</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file would pass the size this system allows</source>
        <translation>le fichier dépasserait la taille autorisée par ce système</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>le disque est en lecture seule</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>autorisation refusée</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c’est un répertoire, et non un fichier</translation>
    </message>
    <message>
        <source>it exists already</source>
        <translation>il existe déjà</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>le nom est trop long</translation>
    </message>
    <message>
        <source>a file in the data folder</source>
        <translation>un fichier du répertoire de données</translation>
    </message>
    <message>
        <source>Cannot use {path}: {reason}. Your data is as it was.</source>
        <translation>Impossible d’utiliser {path}&#x202f;: {reason}. Vos données sont restées telles quelles.</translation>
    </message>
    <message>
        <source>{path} is read-only (the folder, the file or the disk); Briefer needs to write in its data folder, even to read. Nothing was changed.</source>
        <translation>{path} est en lecture seule (le répertoire, le fichier ou le disque)&#x202f;; Briefer doit pouvoir écrire dans son répertoire de données, même pour lire. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>{path} is a folder where Briefer keeps its catalogue file; move it away and Briefer puts the catalogue back. Nothing was changed.</source>
        <translation>{path} est un répertoire, à l’emplacement où Briefer conserve son fichier de catalogue&#x202f;; déplacez-le et Briefer y remettra le catalogue. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The bundled catalogue is missing from {path}; reinstall Briefer.</source>
        <translation>Le catalogue intégré manque à l’emplacement {path}&#x202f;; réinstallez Briefer.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} is damaged or is not a Briefer database ({error}). It has been left exactly as it is; restore a backup or choose another data folder.</source>
        <translation>Vos données Briefer dans {path} sont endommagées ou ne sont pas une base Briefer ({error}). Elles ont été laissées telles quelles&#x202f;; restaurez une sauvegarde ou choisissez un autre répertoire de données.</translation>
    </message>
    <message>
        <source>Your Briefer data at {path} was written by a newer version of Briefer (schema {version}, this version knows {known}). It has been left untouched; update Briefer to open it.</source>
        <translation>Vos données Briefer dans {path} ont été écrites par une version plus récente de Briefer (schéma {version}, cette version connaît {known}). Elles n’ont pas été touchées&#x202f;; mettez Briefer à jour pour les ouvrir.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database but not Briefer&apos;s; it was left untouched.</source>
        <translation>{path} est une base SQLite, mais pas celle de Briefer&#x202f;; elle n’a pas été touchée.</translation>
    </message>
    <message>
        <source>Cannot create the data folder {path}: {error}</source>
        <translation>Impossible de créer le répertoire de données {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <source>Cannot open your Briefer data at {path}: {error}</source>
        <translation>Impossible d’ouvrir vos données Briefer dans {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <source>Briefer cannot make its folder for packs, {path}: {error}</source>
        <translation>Briefer ne peut pas créer son répertoire des dossiers de préparation, {path}&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} KB</source>
        <translation>{count} Ko</translation>
    </message>
    <message>
        <source>{count} MB</source>
        <translation>{count} Mo</translation>
    </message>
    <message>
        <source>{url} answered with a web page, not a feed or a signature: a network&apos;s login page (a hotel&apos;s or an airport&apos;s Wi-Fi) may be in the way, or the address is wrong.</source>
        <translation>{url} a répondu par une page web, et non par un flux ou une signature&#x202f;: une page de connexion au réseau (Wi-Fi d’un hôtel ou d’un aéroport) fait peut-être obstacle, ou l’adresse est erronée.</translation>
    </message>
    <message>
        <source>{url} redirected to {target}, which is not a safe address (only https, or http from http, is followed); refused.</source>
        <translation>{url} redirige vers {target}, qui n’est pas une adresse sûre (seules les redirections vers https, ou de http vers http, sont suivies)&#x202f;; refusé.</translation>
    </message>
    <message>
        <source>The download from {url} was still running when the time allowed for a sync ran out ({size} received): the connection is too slow or the server is holding it open; stopped.</source>
        <translation>Le téléchargement depuis {url} était encore en cours à l’expiration du délai imparti à la synchronisation (reçu&#x202f;: {size})&#x202f;: la connexion est trop lente ou le serveur la maintient ouverte&#x202f;; interrompu.</translation>
    </message>
    <message>
        <source>Nothing was changed; your data is as it was.</source>
        <translation>Rien n’a été modifié&#x202f;; vos données sont restées telles quelles.</translation>
    </message>
    <message>
        <source>Cannot find the server &apos;{host}&apos; (DNS lookup failed): check the address or your connection.</source>
        <translation>Serveur «&#x202f;{host}&#x202f;» introuvable (échec de la résolution DNS)&#x202f;: vérifiez l’adresse ou votre connexion.</translation>
    </message>
    <message>
        <source>The server refused the connection ({url}).</source>
        <translation>Le serveur a refusé la connexion ({url}).</translation>
    </message>
    <message>
        <source>Connecting to {url} timed out: the network may be offline or the server down.</source>
        <translation>La connexion à {url} a expiré&#x202f;: le réseau est peut-être coupé ou le serveur arrêté.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified ({reason}); the connection was refused.</source>
        <translation>Le certificat TLS du serveur n’a pas pu être vérifié ({reason})&#x202f;; la connexion a été refusée.</translation>
    </message>
    <message>
        <source>Cannot reach {url}: {reason}.</source>
        <translation>Impossible de joindre {url}&#x202f;: {reason}.</translation>
    </message>
    <message>
        <source>The source is not at {url} (HTTP 404 Not Found).</source>
        <translation>La source n’est pas à l’adresse {url} (HTTP 404 Not Found).</translation>
    </message>
    <message>
        <source>The server is temporarily unavailable (HTTP 503).</source>
        <translation>Le serveur est momentanément indisponible (HTTP 503).</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n second(s).</source>
        <translation>
            <numerusform>Réessayez dans %Ln seconde.</numerusform>
            <numerusform>Réessayez dans %Ln secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The download was cut short ({total} of {expected}).</source>
        <translation>Le téléchargement a été interrompu ({total} sur {expected}).</translation>
    </message>
    <message>
        <source>Try again after {after}.</source>
        <translation>Réessayez après {after}.</translation>
    </message>
    <message>
        <source>The server failed (HTTP {code}); try again later.</source>
        <translation>Le serveur a échoué (HTTP {code})&#x202f;; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server answered HTTP {code} for {url}.</source>
        <translation>Le serveur a répondu HTTP {code} pour {url}.</translation>
    </message>
    <message>
        <source>A timeout must be a positive number of seconds.</source>
        <translation>Un délai d’attente doit être un nombre positif de secondes.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an http(s) address.</source>
        <translation>«&#x202f;{url}&#x202f;» n’est pas une adresse http(s).</translation>
    </message>
    <message>
        <source>{url} answered &apos;not modified&apos; (HTTP 304) to a request for the whole file, which a server may not do; nothing was fetched.</source>
        <translation>{url} a répondu «&#x202f;Not Modified&#x202f;» (HTTP 304) à une demande portant sur le fichier entier, ce qu’un serveur ne doit pas faire&#x202f;; rien n’a été téléchargé.</translation>
    </message>
    <message>
        <source>The connection to {url} failed: {error}.</source>
        <translation>La connexion à {url} a échoué&#x202f;: {error}.</translation>
    </message>
    <message>
        <source>The source is {size}, over the {limit} limit.</source>
        <translation>La source fait {size}, au-delà de la limite de {limit}.</translation>
    </message>
    <message>
        <source>The download passed the {limit} limit; stopped.</source>
        <translation>Le téléchargement a dépassé la limite de {limit}&#x202f;; interrompu.</translation>
    </message>
    <message>
        <source>The server stopped sending in the middle of the download ({size} received).</source>
        <translation>Le serveur a cessé d’envoyer des données en cours de téléchargement (reçu&#x202f;: {size}).</translation>
    </message>
    <message>
        <source>The connection broke during the download: {error}.</source>
        <translation>La connexion a été coupée pendant le téléchargement&#x202f;: {error}.</translation>
    </message>
    <message>
        <source>{path} exists already; no key was written.</source>
        <translation>{path} existe déjà&#x202f;; aucune clé n’a été écrite.</translation>
    </message>
    <message>
        <source>Cannot write the keys: {error}</source>
        <translation>Impossible d’écrire les clés&#x202f;: {error}</translation>
    </message>
    <message>
        <source>Cannot read the private key {path}: {error}</source>
        <translation>Impossible de lire la clé privée {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <source>{path} is not a PEM private key.</source>
        <translation>{path} n’est pas une clé privée PEM.</translation>
    </message>
    <message>
        <source>{path} is not an Ed25519 private key.</source>
        <translation>{path} n’est pas une clé privée Ed25519.</translation>
    </message>
    <message>
        <source>That is not an Ed25519 public key (PEM or base64).</source>
        <translation>Ce n’est pas une clé publique Ed25519 (PEM ou base64).</translation>
    </message>
    <message>
        <source>That is not an Ed25519 public key.</source>
        <translation>Ce n’est pas une clé publique Ed25519.</translation>
    </message>
    <message>
        <source>The feed&apos;s signature file is malformed; nothing was changed.</source>
        <translation>Le fichier de signature du flux est mal formé&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Bad signature: the feed does not match its signature (altered in transit or on the server). Nothing was changed.</source>
        <translation>Signature invalide&#x202f;: le flux ne correspond pas à sa signature (modifié en route ou sur le serveur). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The feed is signed by key {key}, which this source does not trust. Nothing was changed; add the publisher&apos;s public key if you trust it.</source>
        <translation>Le flux est signé par la clé {key}, à laquelle cette source ne fait pas confiance. Rien n’a été modifié&#x202f;; ajoutez la clé publique de l’éditeur si vous lui faites confiance.</translation>
    </message>
    <message>
        <source>Kind &apos;{kind}&apos; is not one of {kinds}.</source>
        <translation>Le type «&#x202f;{kind}&#x202f;» n’est pas l’un de ceux-ci&#x202f;: {kinds}.</translation>
    </message>
    <message>
        <source>A source name uses letters, digits, &apos;-&apos; and &apos;_&apos; only.</source>
        <translation>Un nom de source ne contient que des lettres, des chiffres, «&#x202f;-&#x202f;» et «&#x202f;_&#x202f;».</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not an http(s) or file address.</source>
        <translation>«&#x202f;{url}&#x202f;» n’est ni une adresse http(s) ni un fichier.</translation>
    </message>
    <message>
        <source>A Briefer feed needs the publisher&apos;s public key, or your acceptance of unsigned data from this address.</source>
        <translation>Un flux Briefer exige la clé publique de l’éditeur, ou votre accord pour recevoir des données non signées de cette adresse.</translation>
    </message>
    <message>
        <source>There is already a source named &apos;{name}&apos;.</source>
        <translation>Il existe déjà une source nommée «&#x202f;{name}&#x202f;».</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>No source named &apos;{name}&apos; (sources: {known}).</source>
        <translation>Aucune source nommée «&#x202f;{name}&#x202f;» (sources&#x202f;: {known}).</translation>
    </message>
    <message>
        <source>The feed is unsigned; accepted because you trust this source.</source>
        <translation>Le flux n’est pas signé&#x202f;; accepté parce que vous faites confiance à cette source.</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisée</translation>
    </message>
    <message>
        <source>not modified</source>
        <translation>aucune modification</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>applied catalogue version {version}</source>
        <translation>version {version} du catalogue appliquée</translation>
    </message>
    <message>
        <source>failed: {reason}</source>
        <translation>échec&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>The feed has no signature at {url}; refused. Nothing was changed.</source>
        <translation>Le flux n’a pas de signature à l’adresse {url}&#x202f;; refusé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The feed is unsigned and this source is not marked trusted-unsigned; refused. Nothing was changed.</source>
        <translation>Le flux n’est pas signé et cette source n’accepte pas les données non signées&#x202f;; refusé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Signature checked: {name}.</source>
        <translation>Signature vérifiée&#x202f;: {name}.</translation>
    </message>
    <message>
        <source>The feed file has no .sig beside it: imported without a signature check.</source>
        <translation>Le fichier de flux n’a pas de .sig à côté de lui&#x202f;: importé sans vérification de signature.</translation>
    </message>
    <message>
        <source>The feed expands past {limit} MB when decompressed: refused as a compression bomb.</source>
        <translation>Le flux dépasse {limit} Mo une fois décompressé&#x202f;: refusé comme bombe de décompression.</translation>
    </message>
    <message>
        <source>The feed is not valid gzip data: it is cut short or damaged. Nothing was changed.</source>
        <translation>Le flux n’est pas du gzip valide&#x202f;: il est tronqué ou abîmé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The feed is invalid: {reason}. Nothing was changed.</source>
        <translation>Le flux est invalide&#x202f;: {reason}. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>it is nested too deeply</source>
        <translation>il comporte trop de niveaux d’imbrication</translation>
    </message>
    <message>
        <source>it has a value of an unexpected kind or shape</source>
        <translation>il contient une valeur d’un type ou d’une forme inattendus</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>ce n’est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>The feed is not valid JSON (line {line}, column {column}). Nothing was changed.</source>
        <translation>Le flux n’est pas du JSON valide (ligne {line}, colonne {column}). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>unknown table {table}</source>
        <translation>table inconnue {table}</translation>
    </message>
    <message>
        <source>table {table} is not a list</source>
        <translation>la table {table} n’est pas une liste</translation>
    </message>
    <message>
        <source>{where} id {item} is outside namespace {namespace}</source>
        <translation>l’identifiant {item} de {where} est hors de l’espace de noms {namespace}</translation>
    </message>
    <message>
        <source>duplicate id {item} in {table}</source>
        <translation>identifiant en double {item} dans {table}</translation>
    </message>
    <message>
        <source>it has no &apos;format&apos;: &apos;briefer-feed&apos; marker</source>
        <translation>il ne porte pas la marque &apos;format&apos; de valeur &apos;briefer-feed&apos;</translation>
    </message>
    <message>
        <source>format version {version} is not supported</source>
        <translation>la version de format {version} n’est pas prise en charge</translation>
    </message>
    <message>
        <source>&apos;namespace&apos; must be a short lowercase name such as &apos;ppf&apos;</source>
        <translation>&apos;namespace&apos; doit être un nom court en minuscules, comme &apos;ppf&apos;</translation>
    </message>
    <message>
        <source>&apos;catalogue_version&apos; must be a positive integer</source>
        <translation>&apos;catalogue_version&apos; doit être un entier positif</translation>
    </message>
    <message>
        <source>&apos;generated_at&apos; must be an ISO 8601 time with its offset</source>
        <translation>&apos;generated_at&apos; doit être une heure ISO 8601 avec son décalage horaire</translation>
    </message>
    <message>
        <source>&apos;generated_at&apos; must carry its time zone</source>
        <translation>&apos;generated_at&apos; doit indiquer son fuseau horaire</translation>
    </message>
    <message>
        <source>&apos;tables&apos; is missing</source>
        <translation>&apos;tables&apos; est absent</translation>
    </message>
    <message>
        <source>{where} is not an object</source>
        <translation>{where} n’est pas un objet</translation>
    </message>
    <message>
        <source>{where} has no string &apos;id&apos;</source>
        <translation>{where} n’a pas d’identifiant &apos;id&apos; sous forme de texte</translation>
    </message>
    <message>
        <source>{where} has an unknown field {field}</source>
        <translation>{where} a un champ inconnu&#x202f;: {field}</translation>
    </message>
    <message>
        <source>{where} must be an int</source>
        <translation>{where} doit être un nombre entier</translation>
    </message>
    <message>
        <source>{where} must be a str</source>
        <translation>{where} doit être un texte</translation>
    </message>
    <message>
        <source>a link has no string &apos;item_id&apos;</source>
        <translation>un lien n’a pas de champ &apos;item_id&apos; sous forme de texte</translation>
    </message>
    <message>
        <source>{where} refers to unknown item {item}</source>
        <translation>{where} renvoie à un élément inconnu&#x202f;: {item}</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <comment>the closing sentence of a refusal</comment>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>No source yet.</source>
        <translation>Aucune source pour l’instant.</translation>
    </message>
    <message>
        <source>&apos;{claimant}&apos; is not signed and claims the programme &apos;{namespace}&apos;, which belongs to &apos;{owner}&apos; (signed): refused, so that it cannot replace the signed data. Nothing was changed.</source>
        <translation>«&#x202f;{claimant}&#x202f;» n’est pas signé et revendique le programme «&#x202f;{namespace}&#x202f;», qui appartient à «&#x202f;{owner}&#x202f;» (signé)&#x202f;: refusé, afin qu’il ne puisse pas remplacer les données signées. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>&apos;{claimant}&apos; is not signed and claims the programme &apos;{namespace}&apos;, which belongs to &apos;{owner}&apos;: refused. Nothing was changed.</source>
        <translation>«&#x202f;{claimant}&#x202f;» n’est pas signé et revendique le programme «&#x202f;{namespace}&#x202f;», qui appartient à «&#x202f;{owner}&#x202f;»&#x202f;: refusé. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The new data from {source} holds no session and no project: an empty programme is almost always a publishing error. Nothing was changed.</source>
        <translation>Les nouvelles données de {source} ne contiennent ni session ni projet&#x202f;: un programme vide est presque toujours une erreur de publication. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The feed is version {version}, older than the version {held} already held: refused as a rollback. Nothing was changed.</source>
        <translation>Le flux est en version {version}, antérieure à la version {held} déjà détenue&#x202f;: refusé comme retour en arrière. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date (YYYY-MM-DD) or an ISO time.</source>
        <translation>«&#x202f;{value}&#x202f;» n’est ni une date (AAAA-MM-JJ) ni une heure ISO.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is too far in the past or the future.</source>
        <translation>«&#x202f;{value}&#x202f;» est trop loin dans le passé ou dans l’avenir.</translation>
    </message>
    <message>
        <source>No pack with id {id} in the history.</source>
        <translation>Aucun dossier d’identifiant {id} dans l’historique.</translation>
    </message>
    <message>
        <source>The catalogue was changed by another window or command while this ran. Nothing was changed: try again.</source>
        <translation>Le catalogue a été modifié par une autre fenêtre ou commande pendant l’opération. Rien n’a été modifié&#x202f;: réessayez.</translation>
    </message>
    <message>
        <source>Another window or command is writing the catalogue (a sync or an import). Nothing was changed: try again when it has finished.</source>
        <translation>Une autre fenêtre ou commande écrit le catalogue (une synchronisation ou une importation). Rien n’a été modifié&#x202f;: réessayez quand elle aura fini.</translation>
    </message>
    <message>
        <source>The catalogue holds no session or project to publish.</source>
        <translation>Le catalogue ne contient aucune session ni aucun projet à publier.</translation>
    </message>
    <message>
        <source>Cannot create {path}: {error}</source>
        <translation>Impossible de créer {path}&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>There is no template named {name}.</source>
        <translation>Il n’existe aucun modèle nommé {name}.</translation>
    </message>
    <message>
        <source>A template cannot be empty.</source>
        <translation>Un modèle ne peut pas être vide.</translation>
    </message>
    <message numerus="yes">
        <source>A template name is one line of 1 to %n character(s), not {name!r}.</source>
        <translation>
            <numerusform>Un nom de modèle tient sur une ligne de 1 à %Ln caractère, et non {name!r}.</numerusform>
            <numerusform>Un nom de modèle tient sur une ligne de 1 à %Ln caractères, et non {name!r}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A template is limited to %n character(s).</source>
        <translation>
            <numerusform>Un modèle est limité à %Ln caractère.</numerusform>
            <numerusform>Un modèle est limité à %Ln caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>A template is written in {languages}, not {lang}.</source>
        <translation>Un modèle est rédigé en {languages}, et non en {lang}.</translation>
    </message>
    <message>
        <source>The template {name} is built in and was not edited.</source>
        <translation>Le modèle {name} est intégré et n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>to be announced</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>day to be announced</source>
        <translation>jour à confirmer</translation>
    </message>
    <message>
        <source>time to be announced</source>
        <translation>heure à confirmer</translation>
    </message>
</context>
<context>
    <name>Validate</name>
    <message>
        <source>is not a duration such as 00:30 or PT30M</source>
        <translation>n’est pas une durée comme 00:30 ou PT30M</translation>
    </message>
    <message>
        <source>is not an iCalendar date or time</source>
        <translation>n’est pas une date ou une heure iCalendar</translation>
    </message>
    <message>
        <source>needs HH:MM and a day, or a full ISO 8601 time with its offset</source>
        <translation>exige HH:MM et un jour, ou une heure ISO 8601 complète avec son décalage</translation>
    </message>
    <message>
        <source>{item}, field &apos;{field}&apos; {reason} (value: {value})</source>
        <translation>{item}, le champ «&#x202f;{field}&#x202f;» {reason} (valeur&#x202f;: {value})</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; {reason} (value: {value})</source>
        <translation>Le champ «&#x202f;{field}&#x202f;» {reason} (valeur&#x202f;: {value})</translation>
    </message>
    <message>
        <source>is not text</source>
        <translation>n’est pas du texte</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n character(s)</source>
        <translation>
            <numerusform>dépasse %Ln caractère</numerusform>
            <numerusform>dépasse %Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>holds control characters</source>
        <translation>contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>n’est pas un objet</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>n’est pas une liste</translation>
    </message>
    <message>
        <source>has a year outside {low}–{high}</source>
        <translation>a une année hors de la plage {low}–{high}</translation>
    </message>
    <message>
        <source>is not a real day written YYYY-MM-DD</source>
        <translation>n’est pas un jour réel au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time</source>
        <translation>n’est pas une heure ISO 8601</translation>
    </message>
    <message>
        <source>carries no UTC offset</source>
        <translation>ne comporte pas de décalage UTC</translation>
    </message>
    <message>
        <source>is not a time of day HH:MM</source>
        <translation>n’est pas une heure au format HH:MM</translation>
    </message>
    <message>
        <source>ends before the start ({start})</source>
        <translation>se termine avant le début ({start})</translation>
    </message>
    <message numerus="yes">
        <source>makes a session last more than %n day(s)</source>
        <translation>
            <numerusform>fait durer une session plus de %Ln jour</numerusform>
            <numerusform>fait durer une session plus de %Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>has more than %n value(s)</source>
        <translation>
            <numerusform>compte plus de %Ln valeur</numerusform>
            <numerusform>compte plus de %Ln valeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>is not a time zone of the tz database</source>
        <translation>n’est pas un fuseau horaire de la base tz</translation>
    </message>
    <message>
        <source>is not one of the statuses {statuses}</source>
        <translation>ne figure pas parmi les statuts {statuses}</translation>
    </message>
    <message>
        <source>is not a language tag such as &apos;en&apos; or &apos;pt-BR&apos;</source>
        <translation>n’est pas une étiquette de langue comme «&#x202f;en&#x202f;» ou «&#x202f;pt-BR&#x202f;»</translation>
    </message>
    <message>
        <source>is not an http or https address</source>
        <translation>n’est pas une adresse http ou https</translation>
    </message>
    <message>
        <source>is not a JSON list</source>
        <translation>n’est pas une liste JSON</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Briefer</source>
        <translation>Bienvenue dans Briefer</translation>
    </message>
    <message>
        <source>Briefer prepares your delegation for the forum and carries the briefing offline. First, who is going?</source>
        <translation>Briefer prépare votre délégation au forum et met ses dossiers à disposition hors ligne. Tout d’abord, qui fait le déplacement&#x202f;?</translation>
    </message>
    <message>
        <source>e.g. Delegation of Senegal</source>
        <translation>p. ex. Délégation du Sénégal</translation>
    </message>
    <message>
        <source>e.g. SN</source>
        <translation>p. ex. SN</translation>
    </message>
    <message>
        <source>One a line, with their function:
Amina Diallo — Ambassador</source>
        <translation>Une personne par ligne, avec sa fonction&#x202f;:
Amina Diallo — Ambassadrice</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>Membres de la délégation</translation>
    </message>
    <message>
        <source>Create the delegation</source>
        <translation>Créer la délégation</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>{name} is ready. Next: mark the sessions and projects that matter in Programme and Projects (the detail pane on the right), assign them to delegates, write notes, then build each delegate&apos;s briefing pack in Packs. Sync or import a programme file to bring the latest programme.</source>
        <translation>Délégation créée&#x202f;: «&#x202f;{name}&#x202f;». Ensuite&#x202f;: marquez les sessions et projets importants dans Programme et Projets (volet de détail, à droite), attribuez-les aux membres de la délégation, rédigez vos notes, puis préparez dans Dossiers le dossier de chaque membre. Synchronisez ou importez un fichier de programme pour disposer du programme le plus récent.</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#x202f;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels&#x202f;</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options&#x202f;</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d’aide et quitter</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#x202f;: erreur&#x202f;: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#x202f;: %(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#x202f;: %s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non autorisé avec l’argument %s</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré&#x202f;: %r</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#x202f;: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
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
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#x202f;: %(option)s pourrait correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur %(type)s invalide&#x202f;: %(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#x202f;: %(value)r (choisissez parmi %(choices)s)</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir «&#x202f;%(filename)s&#x202f;»&#x202f;: %(error)s</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Welcome to Briefer</source>
        <translation>Bienvenue dans Briefer</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Open link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <source>Open this address in your browser or mail program?

{url}</source>
        <translation>Ouvrir cette adresse dans votre navigateur ou votre messagerie&#x202f;?

{url}</translation>
    </message>
    <message>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <source>Briefer opens only web (http, https) and mail addresses, not:

{url}</source>
        <translation>Briefer n’ouvre que les adresses web (http, https) et de messagerie, et non&#x202f;:

{url}</translation>
    </message>
</context>
</TS>
