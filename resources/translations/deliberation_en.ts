<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/delegate_dialog.py" line="34"/>
        <source>Nouveau délégué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/delegate_dialog.py" line="36"/>
        <source>Modifier le délégué %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/delegate_dialog.py" line="53"/>
        <source> (ancien membre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/delegate_dialog.py" line="62"/>
        <source>ex. : Vice-président chargé de l&apos;éducation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/delegate_dialog.py" line="65"/>
        <source>prenom.nom@exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/delegate_dialog.py" line="66"/>
        <source>Délégué en fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/delegate_dialog.py" line="69"/>
        <source>&amp;Prénom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/delegate_dialog.py" line="70"/>
        <source>&amp;Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/delegate_dialog.py" line="71"/>
        <source>&amp;Organisation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/delegate_dialog.py" line="72"/>
        <source>&amp;Rôle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/delegate_dialog.py" line="73"/>
        <source>&amp;Fonction :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/delegate_dialog.py" line="74"/>
        <source>&amp;Courriel :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/delegate_dialog.py" line="75"/>
        <source>Actif :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegateTableModel</name>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="144"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="145"/>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="147"/>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="151"/>
        <source>%1 (inactif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="154"/>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="155"/>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../src/deliberation/ui/editor.py" line="120"/>
        <source>la création de l&apos;organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/editor.py" line="137"/>
        <source>la modification de l&apos;organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/editor.py" line="157"/>
        <source>la réactivation de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/editor.py" line="159"/>
        <source>la désactivation de %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/editor.py" line="166"/>
        <source>l&apos;ajout du délégué %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/editor.py" line="181"/>
        <source>la modification du délégué %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/editor.py" line="192"/>
        <source>la création du groupe « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/editor.py" line="207"/>
        <source>la modification du groupe « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/forms.py" line="97"/>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/forms.py" line="98"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormerNameModel</name>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="169"/>
        <source>Sigle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="170"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="172"/>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="177"/>
        <source>Au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="181"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDetails</name>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="59"/>
        <source>Thème :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="60"/>
        <source>Statut :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="61"/>
        <source>Période :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="62"/>
        <source>Organisations membres :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="63"/>
        <source>Président :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="64"/>
        <source>Rapporteurs :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="65"/>
        <source>Mandat :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="74"/>
        <source>Sélectionnez un groupe de travail pour voir son mandat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="89"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="94"/>
        <source>du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="97"/>
        <source>depuis le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="99"/>
        <source>jusqu&apos;au %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="101"/>
        <source>non fixée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="106"/>
        <source>(mandat non rédigé)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="95"/>
        <source>Nouveau groupe de travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="97"/>
        <source>Modifier le groupe « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="113"/>
        <source>— Choisir un thème —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="126"/>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="127"/>
        <source>Connue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="130"/>
        <source>Ce que la séance plénière a confié au groupe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="147"/>
        <source>Cochez des organisations membres qui ont des délégués pour choisir le président et les rapporteurs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="159"/>
        <source>&amp;Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="160"/>
        <source>&amp;Thème :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="161"/>
        <source>&amp;Statut :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="162"/>
        <source>&amp;Début :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="163"/>
        <source>&amp;Fin :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="164"/>
        <source>&amp;Mandat :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="165"/>
        <source>&amp;Organisations
membres :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="166"/>
        <source>&amp;Président :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="167"/>
        <source>&amp;Rapporteurs :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_dialog.py" line="197"/>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../src/deliberation/ui/group_models.py" line="19"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_models.py" line="21"/>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_models.py" line="27"/>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_models.py" line="32"/>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_models.py" line="37"/>
        <source>Président</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/group_models.py" line="39"/>
        <source>Rapporteurs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="133"/>
        <source>Nouveau groupe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="137"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="147"/>
        <source>Aucun groupe de travail pour l&apos;instant : créez-en un avec « Nouveau groupe ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/groups_page.py" line="160"/>
        <source>Groupes de travail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="82"/>
        <source>Délibération — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="85"/>
        <source>Référentiel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="86"/>
        <source>Groupes de travail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="89"/>
        <location filename="../../src/deliberation/ui/main_window.py" line="91"/>
        <source>Séances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="93"/>
        <source>Les réunions plénières et de groupe : ordre du jour, présences et relevé de décisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="101"/>
        <location filename="../../src/deliberation/ui/main_window.py" line="103"/>
        <source>Positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="105"/>
        <source>La position de chaque organisation sur les projets et leurs paragraphes, et leur synthèse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="113"/>
        <location filename="../../src/deliberation/ui/main_window.py" line="115"/>
        <source>Avis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="117"/>
        <source>La rédaction des avis, recommandations et contributions, leurs versions et leur export vers Word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="157"/>
        <source>À venir dans une prochaine version (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="212"/>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="213"/>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="222"/>
        <source>&amp;Édition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="223"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="225"/>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="233"/>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="234"/>
        <source>À &amp;propos de Délibération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="241"/>
        <source>&lt;h3&gt;Délibération %1&lt;/h3&gt;&lt;p&gt;Groupes de travail, séances, positions et avis du %2.&lt;/p&gt;&lt;p&gt;Magasin de données :&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="248"/>
        <source>À propos de Délibération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="253"/>
        <source>Magasin : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembershipModel</name>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="192"/>
        <source>Début</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="194"/>
        <source>Fin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="195"/>
        <source>en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="198"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageService</name>
    <message>
        <location filename="../../src/deliberation/ui/messages.py" line="14"/>
        <location filename="../../src/deliberation/ui/messages.py" line="27"/>
        <source>Délibération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/messages.py" line="33"/>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/organisation_dialog.py" line="32"/>
        <source>Nouvelle organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_dialog.py" line="34"/>
        <source>Modifier l&apos;organisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_dialog.py" line="44"/>
        <source>ex. : AMF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_dialog.py" line="47"/>
        <source>ex. : Association des Maires de France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_dialog.py" line="56"/>
        <source>Conserver l&apos;ancien nom dans l&apos;historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_dialog.py" line="60"/>
        <source>&amp;Sigle :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_dialog.py" line="61"/>
        <source>&amp;Nom complet :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_dialog.py" line="64"/>
        <source>Nom changé le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_dialog.py" line="65"/>
        <source>&amp;Type :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_dialog.py" line="67"/>
        <source>&amp;Membre depuis le :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_dialog.py" line="68"/>
        <source>N&amp;otes :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationPanel</name>
    <message>
        <location filename="../../src/deliberation/ui/organisation_panel.py" line="101"/>
        <source>Nouveau délégué…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_panel.py" line="103"/>
        <source>Modifier le délégué…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_panel.py" line="111"/>
        <source>Aucun délégué n&apos;est encore enregistré pour cette organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_panel.py" line="131"/>
        <source>Délégués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_panel.py" line="132"/>
        <source>Historique des noms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_panel.py" line="133"/>
        <source>Adhésions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_panel.py" line="136"/>
        <source>Sélectionnez une organisation pour voir ses délégués et son historique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_panel.py" line="172"/>
        <source>membre depuis le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_panel.py" line="174"/>
        <source>ancien membre (jusqu&apos;au %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_panel.py" line="178"/>
        <source>pas membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_panel.py" line="187"/>
        <source>Délégués (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_panel.py" line="189"/>
        <source>Historique des noms (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/organisation_panel.py" line="191"/>
        <source>Adhésions (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="34"/>
        <source>Sigle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="35"/>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="36"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="38"/>
        <source>Membre depuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="44"/>
        <source>Délégués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="49"/>
        <source>Anciens noms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="54"/>
        <source>Membre actuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="56"/>
        <source>Ancien membre, jusqu&apos;au %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_models.py" line="59"/>
        <source>Pas membre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/deliberation/ui/placeholder_page.py" line="25"/>
        <source>Cette partie sera disponible dans une prochaine version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferentialPage</name>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="69"/>
        <source>Nouvelle organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="73"/>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="75"/>
        <location filename="../../src/deliberation/ui/referential_page.py" line="200"/>
        <source>Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="84"/>
        <source>Rechercher un sigle, un nom, un ancien nom…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="90"/>
        <source>Membres actuels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="91"/>
        <source>Anciens membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="92"/>
        <source>Toutes les organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="114"/>
        <source>Référentiel des organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="195"/>
        <source>Réactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="197"/>
        <source>Refaire de l&apos;organisation un membre du comité à partir d&apos;aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="202"/>
        <source>L&apos;organisation quitte le comité aujourd&apos;hui ; son historique est conservé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="221"/>
        <source>Aucune organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="223"/>
        <source>1 organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="225"/>
        <source>%1 organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="258"/>
        <source>Organisation %1 enregistrée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="275"/>
        <source>%1 ne fait plus partie des membres (Ctrl+Z pour annuler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="277"/>
        <source>%1 est de nouveau membre (Ctrl+Z pour annuler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/referential_page.py" line="297"/>
        <source>Délégué %1 enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/deliberation/ui/app.py" line="69"/>
        <source>Une erreur inattendue s&apos;est produite ; l&apos;opération en cours n&apos;a peut-être pas abouti et le détail a été consigné dans le journal de l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/app.py" line="104"/>
        <source>Le magasin de données n&apos;a pas pu être ouvert à cause d&apos;une erreur inattendue, dont le détail a été consigné dans le journal de l&apos;application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/deliberation/ui/labels.py" line="17"/>
        <source>Titulaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/labels.py" line="19"/>
        <source>Suppléant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/labels.py" line="26"/>
        <source>En préparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/labels.py" line="28"/>
        <source>Actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/labels.py" line="30"/>
        <source>Clos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
