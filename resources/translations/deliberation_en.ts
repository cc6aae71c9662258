<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/action_dialog.py" line="+52"/>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier l&apos;action « %1 »</source>
        <translation>Edit action “%1”</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(aucune séance)</source>
        <translation>(no meeting)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Fixée</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Action :</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Séance :</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Point :</source>
        <translation>Agenda &amp;item:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Porteur (&amp;organisation) :</source>
        <translation>Owner (&amp;organisation):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Porteur (&amp;délégué) :</source>
        <translation>Owner (&amp;delegate):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>É&amp;chéance :</source>
        <translation>D&amp;ue date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tatut :</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/meeting_models.py" line="+363"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Porteur</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Séance</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, en retard</source>
        <translation>%1, overdue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sans échéance</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En retard de %n jour</source>
        <translation>Overdue by %n day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>En retard de %n jours</source>
        <translation>Overdue by %n days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close le %1</source>
        <translation>Closed on %1</translation>
    </message>
</context>
<context>
    <name>ActionsPanel</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/actions_panel.py" line="+96"/>
        <source>Nouvelle action…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marquer comme faite</source>
        <translation>Mark as done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voir la séance</source>
        <translation>View meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ouvertes</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les actions ouvertes, ou toutes quand « Toutes » est choisi</source>
        <translation>Open actions, or all actions when “All” is selected</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%n action</source>
        <translation>%n action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n actions</source>
        <translation>%n actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucune action ouverte : tout ce qui a été décidé est fait.</source>
        <translation>No open actions: everything decided has been done.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucune action en retard.</source>
        <translation>No overdue actions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucune action pour l&apos;instant : ajoutez-en depuis le relevé de décisions d&apos;une séance.</source>
        <translation>No actions yet: add them from a meeting&apos;s record of decisions.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>actions en cours</source>
        <translation>open actions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter les actions</source>
        <translation>Export actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Actions enregistrées dans %1.</source>
        <translation>Actions saved to %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Action « %1 » marquée comme faite.</source>
        <translation>Action “%1” marked as done.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Action « %1 » enregistrée.</source>
        <translation>Action “%1” saved.</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/agenda_item_dialog.py" line="+172"/>
        <source>Nouveau point de l&apos;ordre du jour</source>
        <translation>New agenda item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifier le point « %1 »</source>
        <translation>Edit agenda item “%1”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Nature :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intitulé :</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription :</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Intervenant (&amp;organisation) :</source>
        <translation>Speaker (&amp;organisation):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervenant (&amp;délégué) :</source>
        <translation>Speaker (&amp;delegate):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;urée :</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Liens :</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>l&apos;ajout du point « %1 »</source>
        <translation>adding agenda item “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>la modification du point « %1 »</source>
        <translation>editing agenda item “%1”</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/agenda_model.py" line="+53"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Horaire</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nature</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intervenant</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Ce point finit après la fin prévue de la séance (%1).</source>
        <translation>This item ends after the scheduled end of the meeting (%1).</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/agenda_panel.py" line="+128"/>
        <source>Ajouter un point…</source>
        <translation>Add item…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier le point (Entrée ou double clic)</source>
        <translation>Edit the item (Enter or double-click)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer le point (Suppr)</source>
        <translation>Delete the item (Del)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avancer le point (Ctrl+↑), ou le glisser à sa place</source>
        <translation>Move the item earlier (Ctrl+↑), or drag it into place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reculer le point (Ctrl+↓), ou le glisser à sa place</source>
        <translation>Move the item later (Ctrl+↓), or drag it into place</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier l&apos;ordre du jour d&apos;une séance précédente…</source>
        <translation>Copy the agenda of a previous meeting…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Aucun point à l&apos;ordre du jour : ajoutez-en un, ou copiez l&apos;ordre du jour d&apos;une séance précédente.</source>
        <translation>No items on the agenda: add one, or copy the agenda of a previous meeting.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Durée des points : %1 pour une séance de %2</source>
        <translation>Items total %1, for a meeting lasting %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;ordre du jour dépasse la fin de la séance de %1.</source>
        <translation>The agenda runs %1 past the end of the meeting.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&lt;i&gt;Sélectionnez un point pour voir sa description et ses liens.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Select an item to see its description and links.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, présenté par %1</source>
        <translation>, presented by %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Liens : %1</source>
        <translation>Links: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;i&gt;Ni description ni lien.&lt;/i&gt;</source>
        <translation>&lt;i&gt;No description or links.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Point « %1 » ajouté.</source>
        <translation>Agenda item “%1” added.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Point « %1 » enregistré.</source>
        <translation>Agenda item “%1” saved.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>la suppression du point « %1 »</source>
        <translation>deleting agenda item “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Point « %1 » supprimé (Ctrl+Z pour l&apos;annuler).</source>
        <translation>Agenda item “%1” deleted (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>le déplacement du point « %1 »</source>
        <translation>moving agenda item “%1”</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Copier un ordre du jour</source>
        <translation>Copy an agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune séance précédente de cette instance n&apos;a d&apos;ordre du jour à copier.</source>
        <translation>No previous meeting of this body has an agenda to copy.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>la copie de l&apos;ordre du jour du %1</source>
        <translation>copying the agenda of the %1 meeting</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 points copiés de la séance du %2.</source>
        <translation>%1 items copied from the meeting of %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 point copié de la séance du %2.</source>
        <translation>%1 item copied from the meeting of %2.</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/amendment_dialog.py" line="+42"/>
        <source>&amp;Remplacer le paragraphe</source>
        <translation>&amp;Replace the paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Insérer après</source>
        <translation>&amp;Insert after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Supprimer le paragraphe</source>
        <translation>&amp;Delete the paragraph</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Accepter l&apos;amendement avec modifications</source>
        <translation>Accept the amendment with changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouvel amendement — %1</source>
        <translation>New amendment — %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choisissez l&apos;organisation</source>
        <translation>Choose the organisation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pourquoi l&apos;organisation propose cette modification</source>
        <translation>Why the organisation proposes this change</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Facultatif : la personne qui l&apos;a rédigé</source>
        <translation>Optional: the person who drafted it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facultatif : pourquoi le texte a été modifié</source>
        <translation>Optional: why the text was changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Organisation :</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action :</source>
        <translation>Action:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Texte proposé :</source>
        <translation>&amp;Proposed text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Justification :</source>
        <translation>&amp;Justification:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reçu &amp;le :</source>
        <translation>&amp;Received on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;uteur :</source>
        <translation>A&amp;uthor:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 propose de %2. Modifiez le texte proposé : c&apos;est le texte retenu qui entrera dans l&apos;avis.</source>
        <translation>%1 proposes to %2. Edit the proposed text: the final text is what will go into the opinion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Texte retenu :</source>
        <translation>&amp;Final text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ce paragraphe a été supprimé du texte.</source>
        <translation>This paragraph has been deleted from the text.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(paragraphe vide)</source>
        <translation>(empty paragraph)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Le paragraphe sera supprimé de l&apos;avis.</source>
        <translation>The paragraph will be deleted from the opinion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le nouveau texte du paragraphe</source>
        <translation>The new text of the paragraph</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le paragraphe à insérer après celui-ci</source>
        <translation>The paragraph to insert after this one</translation>
    </message>
</context>
<context>
    <name>AmendmentsPanel</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/amendments_panel.py" line="+62"/>
        <source>l&apos;acceptation</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>l&apos;acceptation avec modifications</source>
        <translation>Acceptance with changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le rejet</source>
        <translation>Rejection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le retrait</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la réouverture</source>
        <translation>Reopening</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Tous les paragraphes</source>
        <translation>&amp;All paragraphs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposés</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+119"/>
        <source>Aucun amendement sur ce paragraphe.</source>
        <translation>No amendments on this paragraph.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>&amp;Nouvel amendement…</source>
        <translation>&amp;New amendment…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouvel amendement sur ce paragraphe (Ctrl+Alt+A)</source>
        <translation>New amendment on this paragraph (Ctrl+Alt+A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepter</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepter modifié…</source>
        <translation>Accept with changes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejeter</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+294"/>
        <source>Rouvrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>L&apos;organisation a retiré son amendement</source>
        <translation>The organisation has withdrawn its amendment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Traitement proposé…</source>
        <translation>&amp;Recommendation…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le traitement que le rapporteur propose au comité (Ctrl+Alt+T)</source>
        <translation>What the rapporteur recommends to the committee (Ctrl+Alt+T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xporter le tableau des amendements…</source>
        <translation>E&amp;xport the amendments table…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le tableau d&apos;où le comité décide, en Word (.docx) ou en classeur (.xlsx)</source>
        <translation>The table the committee decides from, as Word (.docx) or a spreadsheet (.xlsx)</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Amendements de l&apos;avis</source>
        <translation>Amendments to the opinion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun amendement à trancher.</source>
        <translation>No amendments to decide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun amendement sur cet avis.</source>
        <translation>No amendments on this opinion.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amendements — %1</source>
        <translation>Amendments — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amendements</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Placez le curseur dans un paragraphe pour voir ses amendements.</source>
        <translation>Place the cursor in a paragraph to see its amendments.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>reçu le %1</source>
        <translation>received on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, rédigé par %1</source>
        <translation>, drafted by %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paragraphe supprimé du texte</source>
        <translation>paragraph deleted from the text</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 le %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> par %1</source>
        <translation> by %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+157"/>
        <source>Le texte n&apos;a pas pu être enregistré.</source>
        <translation>The text could not be saved.</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>l&apos;amendement de %1</source>
        <translation>the amendment from %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Paragraphe</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+92"/>
        <source>Paragraphe supprimé</source>
        <translation>Deleted paragraph</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Rouvrir cet amendement ne retire pas son texte de l&apos;avis. Pour revenir au texte d&apos;avant, annulez plutôt l&apos;acceptation (Ctrl+Z).</source>
        <translation>Reopening this amendment does not remove its text from the opinion. To go back to the previous text, undo the acceptance instead (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 de l&apos;amendement de %2</source>
        <translation>%1 of the amendment from %2</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>le traitement proposé de l&apos;amendement de %1</source>
        <translation>the recommendation on the amendment from %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Exporter le tableau des amendements</source>
        <translation>Export the amendments table</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Tableau des amendements enregistré dans %1.</source>
        <translation>Amendments table saved to %1.</translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/answers_dialog.py" line="+75"/>
        <source>Importer des réponses</source>
        <translation>Import answers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Formulaire : %1</source>
        <translation>Form: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&apos;après le formulaire</source>
        <translation>From the form</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisation qui répond :</source>
        <translation>Organisation answering:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sujet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Réserve</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponse</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Réponse de %1 à la consultation « %2 ».</source>
        <translation>Answer from %1 to the consultation “%2”.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%n nouvelle réponse</source>
        <translation>%n new answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n nouvelles réponses</source>
        <translation>%n new answers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n réponse modifiée</source>
        <translation>%n changed answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n réponses modifiées</source>
        <translation>%n changed answers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n déjà enregistrée</source>
        <translation>%n already recorded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n déjà enregistrées</source>
        <translation>%n already recorded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le sujet n° %s est resté sans réponse.</source>
        <translation>Subject %s was left unanswered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les sujets n° %s sont restés sans réponse.</source>
        <translation>Subjects %s were left unanswered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rien de nouveau à importer.</source>
        <translation>Nothing new to import.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%n position de %o importée du formulaire.</source>
        <translation>%n position from %o imported from the form.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n positions de %o importées du formulaire.</source>
        <translation>%n positions from %o imported from the form.</translation>
    </message>
</context>
<context>
    <name>AttendanceDetails</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/attendance_details.py" line="+98"/>
        <source>Aucun délégué enregistré pour cette organisation.</source>
        <translation>No delegates recorded for this organisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrivée tardive, départ anticipé…</source>
        <translation>Late arrival, early departure…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Présence :</source>
        <translation>&amp;Attendance:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Représentée par :</source>
        <translation>&amp;Represented by:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Délégués présents :</source>
        <translation>Delegates present:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sélectionnez une organisation</source>
        <translation>Select an organisation</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>— Choisir l&apos;organisation —</source>
        <translation>— Choose the organisation —</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choisissez l&apos;organisation qui représente %1.</source>
        <translation>Choose the organisation representing %1.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/attendance_model.py" line="+65"/>
        <source>Sigle</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Représentée par</source>
        <translation>Represented by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Délégués présents</source>
        <translation>Delegates present</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(personne)</source>
        <translation>(nobody)</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/attendance_panel.py" line="+135"/>
        <source>Marquer toutes présentes</source>
        <translation>Mark all present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marque présentes les organisations dont la présence n&apos;est pas renseignée</source>
        <translation>Marks as present the organisations whose attendance has not been recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Convoquer une organisation…</source>
        <translation>Convene an organisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retirer de la convocation</source>
        <translation>Remove from the notice of meeting</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Touches : P présente, E excusée, A absente, R représentée, N non renseignée.</source>
        <translation>Keys: P present, E excused, A absent, R represented, N not recorded.</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>la représentation de %1 par %2</source>
        <translation>representation of %1 by %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>le pointage de %1 (%2)</source>
        <translation>recording the attendance of %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>les délégués présents pour %1</source>
        <translation>the delegates present for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la note de présence de %1</source>
        <translation>the attendance note for %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>le pointage des organisations présentes</source>
        <translation>recording the organisations present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 organisations marquées présentes.</source>
        <translation>%1 organisations marked present.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 organisation marquée présente.</source>
        <translation>%1 organisation marked present.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (non membre)</source>
        <translation> (non-member)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Convoquer une organisation</source>
        <translation>Convene an organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutes les organisations sont déjà convoquées.</source>
        <translation>All organisations have already been convened.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>la convocation de %1</source>
        <translation>convening %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ajout à la convocation : %1.</source>
        <translation>Added to the notice of meeting: %1.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 représente %2 : changez d&apos;abord la présence de %2.</source>
        <translation>%1 represents %2: change the attendance of %2 first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>le retrait de %1 de la convocation</source>
        <translation>removing %1 from the notice of meeting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 n&apos;est plus convoquée (Ctrl+Z pour l&apos;annuler).</source>
        <translation>%1 is no longer convened (Ctrl+Z to undo).</translation>
    </message>
</context>
<context>
    <name>AttendanceSummary</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/attendance_summary.py" line="+85"/>
        <source>Aucune présence enregistrée sur cette période pour cette instance.</source>
        <translation>No attendance recorded for this body over this period.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>au</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Toutes les instances</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plénière</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+24"/>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%n séance sur la période</source>
        <translation>%n meeting in the period</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n séances sur la période</source>
        <translation>%n meetings in the period</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, sans compter %1</source>
        <translation>, not counting %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n annulée ou reportée</source>
        <translation>%n cancelled or postponed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n annulées ou reportées</source>
        <translation>%n cancelled or postponed</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporter l&apos;assiduité</source>
        <translation>Export the attendance record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assiduité enregistrée dans %1.</source>
        <translation>Attendance record saved to %1.</translation>
    </message>
</context>
<context>
    <name>AttendanceTallyModel</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/meeting_models.py" line="+89"/>
        <source>Sigle</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convoquée</source>
        <translation>Convened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Présente</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Représentée</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excusée</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absente</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non renseignée</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taux de présence</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Présente ou représentée, sur les séances renseignées</source>
        <translation>Present or represented, out of the meetings with attendance recorded</translation>
    </message>
</context>
<context>
    <name>CheckPicker</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/opinion_dialog.py" line="+145"/>
        <source>Retenus : %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun retenu.</source>
        <translation>None selected.</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/comments_panel.py" line="+176"/>
        <source>Tous les para&amp;graphes</source>
        <translation>All para&amp;graphs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Afficher les &amp;résolus</source>
        <translation>Show &amp;resolved</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Annuler la réponse</source>
        <translation>Cancel reply</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+167"/>
        <source>Écrire un commentaire… (Ctrl+Entrée pour envoyer)</source>
        <translation>Write a comment… (Ctrl+Enter to send)</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Commentaires de l&apos;avis</source>
        <translation>Comments on the opinion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commentaires — %1</source>
        <translation>Comments — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commentaires</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Aucun commentaire ouvert sur cet avis.</source>
        <translation>No open comments on this opinion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Placez le curseur dans un paragraphe pour voir ses commentaires.</source>
        <translation>Place the cursor in a paragraph to see its comments.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aucun commentaire ouvert sur ce paragraphe.</source>
        <translation>No open comments on this paragraph.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 fil(s) résolu(s) masqué(s)</source>
        <translation>%1 resolved thread(s) hidden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Réponse à %1 : « %2 »</source>
        <translation>Reply to %1: “%2”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouveau commentaire sur : %1</source>
        <translation>New comment on: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, à propos de « %1 »</source>
        <translation>, about “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Écrire une réponse… (Ctrl+Entrée pour envoyer)</source>
        <translation>Write a reply… (Ctrl+Enter to send)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>le commentaire</source>
        <translation>the comment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>la réponse</source>
        <translation>the reply</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>la résolution du fil</source>
        <translation>resolving the thread</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>la réouverture du fil</source>
        <translation>reopening the thread</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Supprimer ce fil et ses %1 réponse(s) ?</source>
        <translation>Delete this thread and its replies (%1)?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>la suppression du fil</source>
        <translation>deleting the thread</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la suppression du commentaire</source>
        <translation>deleting the comment</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/shell/connect_dialog.py" line="+47"/>
        <source>Se connecter à une base partagée</source>
        <translation>Connect to a shared database</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>serveur.exemple.fr</source>
        <translation>server.example.com</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deliberation</source>
        <translation>deliberation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>votre identifiant sur le serveur</source>
        <translation>your user name on the server</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mémoriser le mot de passe</source>
        <translation>Remember the password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le mot de passe est alors gardé dans le trousseau du système, jamais dans un fichier de l&apos;application</source>
        <translation>The password is then kept in the system keyring, never in an application file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Serveur :</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port :</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base :</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant :</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiffrement (TLS) :</source>
        <translation>Encryption (TLS):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Se connecter</source>
        <translation>Connect</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Connexion au serveur %1…</source>
        <translation>Connecting to server %1…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mot de passe gardé dans le trousseau du système.</source>
        <translation>Password kept in the system keyring.</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/consultation_dialog.py" line="+93"/>
        <source>Nouvelle consultation</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier la consultation « %1 »</source>
        <translation>Edit consultation “%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Par exemple : Avis sur les espaces numériques</source>
        <translation>For example: Opinion on digital workspaces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce que l&apos;on demande aux organisations</source>
        <translation>What the organisations are being asked</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fixée</source>
        <translation>Set</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>(aucune séance)</source>
        <translation>(no meeting)</translation>
    </message>
    <message>
        <location line="-90"/>
        <source> (ne siège plus)</source>
        <translation> (no longer a member)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Filtrer (intitulé, date…)</source>
        <translation>Filter (title, date…)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations convoquées à la séance</source>
        <translation>Organisations convened to the meeting</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Les abstentions comptent comme réponses</source>
        <translation>Abstentions count as answers</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Réponses exigées, au moins :</source>
        <translation>Minimum answers required:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avis défavorables tolérés :</source>
        <translation>Positions against allowed:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inti&amp;tulé :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Question :</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ouverture :</source>
        <translation>&amp;Opens on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;limite :</source>
        <translation>&amp;Deadline:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Séance :</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ujets :</source>
        <translation>S&amp;ubjects:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations
&amp;consultées :</source>
        <translation>&amp;Consulted
organisations:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Règle de
consensus :</source>
        <translation>Consensus
&amp;rule:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>À venir</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passées</source>
        <translation>Past</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cocher exactement les organisations convoquées à la séance choisie</source>
        <translation>Tick exactly the organisations convened to the chosen meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez une séance qui a des organisations convoquées.</source>
        <translation>Choose a meeting that has convened organisations.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n organisation cochée</source>
        <translation>%n organisation ticked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n organisations cochées</source>
        <translation>%n organisations ticked</translation>
    </message>
</context>
<context>
    <name>ConsultationHeader</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/synthesis_header.py" line="+57"/>
        <source>Ouverte le %1</source>
        <translation>Opened on %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>échéance dépassée depuis le %1</source>
        <translation>deadline passed on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>réponses attendues le %1</source>
        <translation>answers expected by %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pour la séance « %1 »</source>
        <translation>for the meeting “%1”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Règle : </source>
        <translation>Rule: </translation>
    </message>
</context>
<context>
    <name>ConsultationList</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/positions_list.py" line="+307"/>
        <source>Rechercher un intitulé, un sujet, une séance</source>
        <translation>Search by title, subject or meeting</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%n consultation</source>
        <translation>%n consultation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n consultations</source>
        <translation>%n consultations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>ConsultationTableModel</name>
    <message>
        <location line="-270"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Période</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Réponses</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location line="+27"/>
        <source> (échue)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ouverte le %1</source>
        <translation>Opened on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, sans date limite</source>
        <translation>, no deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ; échéance dépassée depuis le %1</source>
        <translation>; deadline passed on %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> ; réponses attendues le %1 au plus tard</source>
        <translation>; answers due by %1</translation>
    </message>
</context>
<context>
    <name>ConveneDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/attendance_details.py" line="-123"/>
        <source>Convoquer d&apos;autres organisations</source>
        <translation>Convene other organisations</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Convoquer</source>
        <translation>Convene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisations à ajouter à la convocation :</source>
        <translation>Organisations to add to the notice of meeting:</translation>
    </message>
</context>
<context>
    <name>CopyAgendaDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/agenda_panel.py" line="-360"/>
        <source>Copier l&apos;ordre du jour d&apos;une séance précédente</source>
        <translation>Copy the agenda of a previous meeting</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Les points copiés s&apos;ajoutent à la fin de l&apos;ordre du jour, sans leur relevé ni leur décision.</source>
        <translation>Copied items are added at the end of the agenda, without their record of discussion or decision.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Séances précédentes de la même instance :</source>
        <translation>Previous meetings of the same body:</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../src/deliberation/ui/kit/dates.py" line="+118"/>
        <source>%1 à %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>aujourd&apos;hui</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dans %n jour</source>
        <translation>in %n day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dans %n jours</source>
        <translation>in %n days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>il y a %n jour</source>
        <translation>%n day ago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>il y a %n jours</source>
        <translation>%n days ago</translation>
    </message>
</context>
<context>
    <name>DecisionEditor</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/decisions_panel.py" line="+67"/>
        <source>Ce qui a été dit et débattu sur ce point</source>
        <translation>What was said and discussed on this item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce que la séance a décidé (avis adopté, position retenue, suite donnée)</source>
        <translation>What the meeting decided (opinion adopted, position taken, follow-up)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Relevé des échanges :</source>
        <translation>&amp;Record of discussion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Décision :</source>
        <translation>&amp;Decision:</translation>
    </message>
</context>
<context>
    <name>DecisionsPanel</name>
    <message>
        <location line="+75"/>
        <source>Ajoutez des points à l&apos;ordre du jour pour en relever les décisions.</source>
        <translation>Add items to the agenda to record their decisions.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nouvelle action…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1
(relevé ou décision saisi)</source>
        <translation>%1
(record or decision entered)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Actions (%1)</source>
        <translation>Actions (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, dont %1 en retard</source>
        <translation>, %1 of them overdue</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>le relevé et la décision du point « %1 »</source>
        <translation>the record and decision for item “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la décision du point « %1 »</source>
        <translation>the decision for item “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le relevé du point « %1 »</source>
        <translation>the record for item “%1”</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Action « %1 » ajoutée.</source>
        <translation>Action “%1” added.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Action « %1 » enregistrée.</source>
        <translation>Action “%1” saved.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Action « %1 » supprimée (Ctrl+Z pour l&apos;annuler).</source>
        <translation>Action “%1” deleted (Ctrl+Z to undo).</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/referential/delegate_dialog.py" line="+36"/>
        <source>Nouveau délégué</source>
        <translation>New delegate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier le délégué %1</source>
        <translation>Edit delegate %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source> (ancien membre)</source>
        <translation> (former member)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ex. : Vice-président chargé de l&apos;éducation</source>
        <translation>e.g. Vice-president for education</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>prenom.nom@exemple.fr</source>
        <translation>firstname.lastname@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Délégué en fonction</source>
        <translation>Delegate in office</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Prénom :</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation :</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rôle :</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fonction :</source>
        <translation>&amp;Job title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Courriel :</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actif :</source>
        <translation>Active:</translation>
    </message>
</context>
<context>
    <name>DelegateTableModel</name>
    <message>
        <location filename="../../src/deliberation/ui/referential/referential_models.py" line="+197"/>
        <source>Nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (inactif)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fonction</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
</context>
<context>
    <name>DiffView</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/diff_view.py" line="+374"/>
        <source>Intégré</source>
        <translation>Inline</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Côte à côte</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un seul texte : suppressions barrées en rouge, ajouts soulignés en vert</source>
        <translation>A single text: deletions struck through in red, additions underlined in green</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>L&apos;ancien texte à gauche, le nouveau à droite, paragraphe par paragraphe</source>
        <translation>The old text on the left, the new one on the right, paragraph by paragraph</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Masquer les paragraphes inchangés</source>
        <translation>Hide unchanged paragraphs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>— barré&#xa0;: texte supprimé&#xa0;; souligné&#xa0;: texte ajouté. La marge donne l&apos;ancien → le nouveau numéro.</source>
        <translation>— struck through: deleted text; underlined: added text. The margin gives the old → new number.</translation>
    </message>
</context>
<context>
    <name>DisputedDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/disputed_dialog.py" line="+60"/>
        <source>Amendement proposé</source>
        <translation>Proposed amendment</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Paragraphe</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Statut, position</source>
        <translation>Status, position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Texte, réserve</source>
        <translation>Text, reservation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Aucun paragraphe contesté ni assorti de réserves.</source>
        <translation>No paragraphs disputed or with reservations.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Aller au paragraphe</source>
        <translation>&amp;Go to paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Montrer ce paragraphe dans le texte (Entrée)</source>
        <translation>Show this paragraph in the text (Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relire les positions enregistrées</source>
        <translation>Reload the recorded positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copier</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier la liste en texte simple, à coller dans un courriel aux membres</source>
        <translation>Copy the list as plain text, to paste into an email to members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Paragraphes contestés ou avec réserves — %1</source>
        <translation>Paragraphs disputed or with reservations — %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%n paragraphe contesté ou assorti de réserves.</source>
        <translation>%n paragraph disputed or with reservations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n paragraphes contestés ou assortis de réserves.</source>
        <translation>%n paragraphs disputed or with reservations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Double-cliquez sur un paragraphe (ou Entrée) pour y aller.</source>
        <translation> Double-click a paragraph (or press Enter) to go to it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&apos;après la dernière consultation sur chaque paragraphe.</source>
        <translation>Based on the latest consultation on each paragraph.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>consultation « %1 »</source>
        <translation>consultation “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Réserve :</source>
        <translation>Reservation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motifs :</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendement proposé :</source>
        <translation>Proposed amendment:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 — paragraphes contestés ou assortis de réserves</source>
        <translation>%1 — paragraphs disputed or with reservations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(consultation « %1 »)</source>
        <translation>(consultation “%1”)</translation>
    </message>
</context>
<context>
    <name>DraftImportDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/draft_import_dialog.py" line="+154"/>
        <source>Importer un texte Word — %1</source>
        <translation>Import a Word document — %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comité plénier (aucun groupe)</source>
        <translation>Plenary committee (no group)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Titre :</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Groupe de travail :</source>
        <translation>Working &amp;group:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Structure trouvée dans le fichier</source>
        <translation>Structure found in the file</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Lecture du fichier…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rien ne sera importé.</source>
        <translation>Nothing will be imported.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> Ce fichier est un export de l&apos;application : sa page de titre et ses annexes ne sont pas reprises.</source>
        <translation> This file is an export from the application: its title page and annexes are not imported.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trouvé : %1.</source>
        <translation>Found: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Rien n&apos;est écrit avant « Importer ».</source>
        <translation> Nothing is written until you click “Import”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Titre de niveau %1</source>
        <translation>Level %1 heading</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (liste de %1)</source>
        <translation> (list of %1)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Le titre est obligatoire.</source>
        <translation>The title is required.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Texte Word « %1 » importé : avis « %2 » créé (%3).</source>
        <translation>Word document “%1” imported: opinion “%2” created (%3).</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../../src/deliberation/ui/kit/editor.py" line="+156"/>
        <source>la création de l&apos;organisation %1</source>
        <translation>creating organisation %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la modification de l&apos;organisation %1</source>
        <translation>editing organisation %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>l&apos;ajout du délégué %1</source>
        <translation>adding delegate %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la modification du délégué %1</source>
        <translation>editing delegate %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>la création du groupe « %1 »</source>
        <translation>creating group “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la modification du groupe « %1 »</source>
        <translation>editing group “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>la création de la séance du %1</source>
        <translation>creating the %1 meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la modification de la séance du %1</source>
        <translation>editing the %1 meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la suppression de la séance du %1</source>
        <translation>deleting the %1 meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>l&apos;ajout de l&apos;action « %1 »</source>
        <translation>adding action “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la modification de l&apos;action « %1 »</source>
        <translation>editing action “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la suppression de l&apos;action « %1 »</source>
        <translation>deleting action “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>la création de la consultation « %1 »</source>
        <translation>creating consultation “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la modification de la consultation « %1 »</source>
        <translation>editing consultation “%1”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la suppression de la consultation « %1 »</source>
        <translation>deleting consultation “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>la position saisie pour %1</source>
        <translation>entering the position for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>la modification de la position pour %1</source>
        <translation>editing the position for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le retrait de la position pour %1</source>
        <translation>removing the position for %1</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>la réactivation de %1</source>
        <translation>reactivating %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la désactivation de %1</source>
        <translation>deactivating %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>la création d&apos;une série de %1 séances</source>
        <translation>creating a series of %1 meetings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>la création d&apos;une série d&apos;une séance</source>
        <translation>creating a series of one meeting</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <location filename="../../src/deliberation/ui/kit/pages.py" line="+86"/>
        <source>Lecture seule : votre rôle sur cette base ne permet pas de le modifier.</source>
        <translation>Read-only: your role on this database does not allow changing it.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/export_dialog.py" line="+100"/>
        <source>Exporter en Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Texte actuel</source>
        <translation>Current text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucune comparaison</source>
        <translation>No comparison</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Les différences avec cette version apparaissent en suivi des modifications de Word, que les relecteurs peuvent accepter ou refuser.</source>
        <translation>Differences from this version appear as Word tracked changes, which reviewers can accept or reject.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>OpenDocument : le format de LibreOffice, recommandé par le référentiel d&apos;interopérabilité ; le fichier rendu se réimporte comme un .docx.</source>
        <translation>OpenDocument: the LibreOffice format, recommended by the general interoperability framework; a returned file can be re-imported just like a .docx.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Numéroter les lignes</source>
        <translation>&amp;Number lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anne&amp;xes (positions et membres)</source>
        <translation>Anne&amp;xes (positions and members)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Auteur du document et des modifications suivies ; vide : le nom du comité.</source>
        <translation>Author of the document and of the tracked changes; empty: the committee&apos;s name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucun (présentation du comité)</source>
        <translation>None (committee&apos;s standard layout)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choisir…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Format :</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Texte :</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;mparer avec :</source>
        <translation>Co&amp;mpare with:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Auteur :</source>
        <translation>&amp;Author:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;dèle :</source>
        <translation>Tem&amp;plate:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Exporter…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le document reprend le texte choisi, les réserves des organisations en notes de bas de page et, si demandé, les annexes.</source>
        <translation>The document contains the chosen text, the organisations&apos; reservations as footnotes and, if requested, the annexes.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choisir un modèle Word</source>
        <translation>Choose a Word template</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Choisissez une version de comparaison différente du texte exporté.</source>
        <translation>Choose a comparison version that differs from the exported text.</translation>
    </message>
</context>
<context>
    <name>FileFilters</name>
    <message>
        <location filename="../../src/deliberation/ui/kit/exporting.py" line="+18"/>
        <location filename="../../src/deliberation/ui/meetings/meeting_page.py" line="+47"/>
        <location filename="../../src/deliberation/ui/opinions/export_dialog.py" line="-208"/>
        <location filename="../../src/deliberation/ui/opinions/review_import_dialog.py" line="+46"/>
        <location filename="../../src/deliberation/ui/positions/positions_page.py" line="+44"/>
        <source>Documents Word (*.docx)</source>
        <translation>Word documents (*.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deliberation/ui/positions/positions_page.py" line="+1"/>
        <source>Classeurs (*.xlsx)</source>
        <translation>Spreadsheets (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/meetings/meeting_page.py" line="+1"/>
        <source>Calendrier iCalendar (*.ics)</source>
        <translation>iCalendar calendar (*.ics)</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/opinions/export_dialog.py" line="+1"/>
        <source>Textes OpenDocument (*.odt)</source>
        <translation>OpenDocument text files (*.odt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modèles Word (*.docx *.dotx)</source>
        <translation>Word templates (*.docx *.dotx)</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/opinions/package_dialog.py" line="+35"/>
        <source>Paquets Délibération (*.deliberation)</source>
        <translation>Délibération packages (*.deliberation)</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/opinions/review_import_dialog.py" line="+2"/>
        <source>Documents Word ou OpenDocument (*.docx *.odt)</source>
        <translation>Word or OpenDocument documents (*.docx *.odt)</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/shell/preferences.py" line="+35"/>
        <source>Modèles Word (*.dotx *.docx)</source>
        <translation>Word templates (*.dotx *.docx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/shell/printing.py" line="+24"/>
        <source>Documents PDF (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/shell/store_files.py" line="+20"/>
        <source>Bases Délibération (*.sqlite3 *.sqlite *.db)</source>
        <translation>Délibération databases (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/opinions/amendments_panel.py" line="-500"/>
        <source>Tableaux des amendements (*.xlsx *.docx)</source>
        <translation>Amendment tables (*.xlsx *.docx)</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/positions/answers_dialog.py" line="-166"/>
        <source>Formulaires de réponse (*.docx *.xlsx)</source>
        <translation>Answer forms (*.docx *.xlsx)</translation>
    </message>
</context>
<context>
    <name>FileMenu</name>
    <message>
        <location filename="../../src/deliberation/ui/shell/file_menu.py" line="+49"/>
        <source>&amp;Nouvelle base…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Créer une base vide, avec la composition du comité, et l&apos;ouvrir</source>
        <translation>Create an empty database, with the committee&apos;s membership, and open it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Ouvrir une base…</source>
        <translation>&amp;Open database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir une autre base à la place de celle-ci</source>
        <translation>Open another database instead of this one</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Se connecter à une base partagée…</source>
        <translation>Connec&amp;t to a shared database…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir la base commune du comité sur un serveur PostgreSQL</source>
        <translation>Open the committee&apos;s shared database on a PostgreSQL server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bases &amp;récentes</source>
        <translation>&amp;Recent databases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer une &amp;copie…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copier la base dans un fichier (possible pendant que vous travaillez)</source>
        <translation>Copy the database to a file (possible while you work)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Nouvelle base</source>
        <translation>New database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le fichier %1 existe déjà ; ouvrez-le avec « Ouvrir une base… » ou choisissez un autre nom.</source>
        <translation>The file %1 already exists; open it with “Open database…” or choose another name.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ouvrir une base</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La base %1 n&apos;existe pas.</source>
        <translation>The database %1 does not exist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Aucune autre base ouverte récemment</source>
        <translation>No other recently opened database</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>La base %1 n&apos;existe plus à cet emplacement ; elle est retirée des bases récentes.</source>
        <translation>The database %1 no longer exists at this location; it has been removed from recent databases.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enregistrer une copie</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enregistrer une copie de la base</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copie de la base enregistrée : %1</source>
        <translation>Database copy saved: %1</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/text/find_bar.py" line="+130"/>
        <location line="+1"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Résultat précédent (Maj+Entrée, Maj+F3)</source>
        <translation>Previous match (Shift+Enter, Shift+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Résultat suivant (Entrée, F3)</source>
        <translation>Next match (Enter, F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respecter la casse</source>
        <translation>Match case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot entier</source>
        <translation>Whole word</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fermer (Échap)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fermer la recherche</source>
        <translation>Close search</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Remplacer par</source>
        <translation>Replace with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remplacer ce résultat et passer au suivant</source>
        <translation>Replace this match and go to the next one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tout remplacer</source>
        <translation>Replace all</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Rechercher…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remplacer…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>reprise au début</source>
        <translation>wrapped to the start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reprise à la fin</source>
        <translation>wrapped to the end</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Aucun résultat</source>
        <translation>No matches</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 résultat</source>
        <translation>1 match</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 résultats</source>
        <translation>%1 matches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>le remplacement de « %1 »</source>
        <translation>replacing “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <source>1 remplacement</source>
        <translation>1 replacement</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Aucun remplacement : « %1 » ne figure pas dans le texte.</source>
        <translation>No replacements: “%1” does not appear in the text.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>le remplacement de « %1 » partout</source>
        <translation>replacing “%1” everywhere</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 remplacements</source>
        <translation>%1 replacements</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/kit/forms.py" line="+202"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Abandonner les modifications ?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abandonner</source>
        <translation>Discard</translation>
    </message>
</context>
<context>
    <name>FormerNameModel</name>
    <message>
        <location filename="../../src/deliberation/ui/referential/referential_models.py" line="+14"/>
        <source>Sigle</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Au</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/versions_dialog.py" line="+98"/>
        <location line="+3"/>
        <source>Figer la version %1</source>
        <translation>Freeze version %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Le texte actuel est conservé tel quel sous ce numéro ; il pourra être consulté, comparé ou restauré.</source>
        <translation>The current text is kept as it is under this number; it can be viewed, compared or restored.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Par exemple : version avant circulation aux membres</source>
        <translation>For example: version before circulation to members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note :</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figer</source>
        <translation>Freeze</translation>
    </message>
</context>
<context>
    <name>GroupDetails</name>
    <message>
        <location filename="../../src/deliberation/ui/referential/groups_page.py" line="+61"/>
        <source>Thème :</source>
        <translation>Theme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut :</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Période :</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisations membres :</source>
        <translation>Member organisations:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Président :</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rapporteurs :</source>
        <translation>Rapporteurs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandat :</source>
        <translation>Terms of reference:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sélectionnez un groupe de travail pour voir son mandat.</source>
        <translation>Select a working group to see its terms of reference.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>depuis le %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>jusqu&apos;au %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>non fixée</source>
        <translation>not set</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(mandat non rédigé)</source>
        <translation>(terms of reference not written)</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/referential/group_dialog.py" line="+67"/>
        <source>Nouveau groupe de travail</source>
        <translation>New working group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier le groupe « %1 »</source>
        <translation>Edit group “%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>— Choisir un thème —</source>
        <translation>— Choose a theme —</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>Connue</source>
        <translation>Known</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce que la séance plénière a confié au groupe</source>
        <translation>What the plenary meeting has entrusted to the group</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cochez des organisations membres qui ont des délégués pour choisir le président et les rapporteurs.</source>
        <translation>Tick member organisations that have delegates to choose the chair and rapporteurs.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Thème :</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statut :</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Début :</source>
        <translation>St&amp;art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fin :</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mandat :</source>
        <translation>&amp;Terms of reference:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisations
membres :</source>
        <translation>Member
&amp;organisations:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Président :</source>
        <translation>&amp;Chair:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rapporteurs :</source>
        <translation>&amp;Rapporteurs:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (ne siège plus)</source>
        <translation> (no longer a member)</translation>
    </message>
</context>
<context>
    <name>GroupTableModel</name>
    <message>
        <location filename="../../src/deliberation/ui/referential/group_models.py" line="+19"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Président</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rapporteurs</source>
        <translation>Rapporteurs</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <location filename="../../src/deliberation/ui/referential/groups_page.py" line="+25"/>
        <source>Nouveau groupe…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Aucun groupe de travail pour l&apos;instant : créez-en un avec « Nouveau groupe ».</source>
        <translation>No working groups yet: create one with “New group”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groupes de travail</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Groupe de travail « %1 » enregistré.</source>
        <translation>Working group “%1” saved.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../src/deliberation/ui/shell/guide.py" line="+89"/>
        <source>Guide de l&apos;utilisateur</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sommaire du guide</source>
        <translation>Guide contents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Texte du guide</source>
        <translation>Guide text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chercher dans le guide (Ctrl+F)</source>
        <translation>Search the guide (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chercher dans le guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occurrence précédente (Maj+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occurrence suivante (F3, Entrée)</source>
        <translation>Next match (F3, Enter)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Le guide de l&apos;utilisateur n&apos;a pas pu être lu.</source>
        <translation>The user guide could not be read.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Aucun résultat pour « %1 » dans le guide.</source>
        <translation>No results for “%1” in the guide.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/position_history.py" line="+69"/>
        <source>Actuelle</source>
        <translation>Current</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>par %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reçue le %1</source>
        <translation>received on %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>saisie par %1</source>
        <translation>entered by %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Remplacée</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réserve</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motifs</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendement proposé</source>
        <translation>Proposed amendment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../src/deliberation/ui/home/home_page.py" line="+229"/>
        <location line="+97"/>
        <source>Prochaines séances</source>
        <translation>Upcoming meetings</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+129"/>
        <source>Actions à suivre</source>
        <translation>Actions to follow up</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+154"/>
        <source>Consultations en cours</source>
        <translation>Open consultations</translation>
    </message>
    <message>
        <location line="-153"/>
        <location line="+177"/>
        <source>Avis en préparation</source>
        <translation>Opinions in preparation</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+191"/>
        <source>Depuis votre dernière visite</source>
        <translation>Since your last visit</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Aujourd&apos;hui, %1.</source>
        <translation>Today, %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%n point</source>
        <translation>%n item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n points</source>
        <translation>%n items</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucune organisation convoquée</source>
        <translation>No organisation convened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toutes les présences sont renseignées</source>
        <translation>Attendance fully recorded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sans réponse : %1 sur %2 (%3)</source>
        <translation>No answer: %1 of %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Présence non renseignée : </source>
        <translation>Attendance not recorded: </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aucune séance prévue dans les six prochaines semaines.</source>
        <translation>No meetings planned in the next six weeks.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%n ouverte</source>
        <translation>%n open</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n ouvertes</source>
        <translation>%n open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, dont %1 en retard</source>
        <translation>, %1 of them overdue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>… et %1 autres, dans Séances › Actions</source>
        <translation>… and %1 more, in Meetings › Actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aucune action ouverte : celles décidées en séance sont faites ou abandonnées.</source>
        <translation>No open actions: those decided in meetings are done or abandoned.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sur %2 ont répondu</source>
        <translation>%1 of %2 have answered</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(%1 %)</source>
        <translation>(%1%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sans date limite</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>clôture le %1</source>
        <translation>closes on %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sans échéance</source>
        <translation>No due date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En retard (pour le %1)</source>
        <translation>Overdue (due %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pour le %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Aucune consultation ouverte aujourd&apos;hui.</source>
        <translation>No consultations open today.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>modifié le %1</source>
        <translation>modified on %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun avis en préparation.</source>
        <translation>No opinions in preparation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&apos;est la première ouverture de ces données sur ce poste : les changements faits à partir de maintenant apparaîtront ici à la prochaine ouverture.</source>
        <translation>This is the first time this data has been opened on this computer: changes made from now on will appear here the next time it is opened.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Depuis votre dernière visite, le %1</source>
        <translation>Since your last visit, on %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>… et %n autre</source>
        <translation>… and %n more</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>… et %n autres</source>
        <translation>… and %n more</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rien n&apos;a changé depuis votre dernière visite.</source>
        <translation>Nothing has changed since your last visit.</translation>
    </message>
</context>
<context>
    <name>LinksEditor</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/agenda_item_dialog.py" line="-181"/>
        <location line="+70"/>
        <source>Chemin du fichier</source>
        <translation>File path</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajouter le lien</source>
        <translation>Add link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiche liée, par exemple « avis:ENT 2026 »</source>
        <translation>Linked record, e.g. “avis:ENT 2026”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Joindre un fichier</source>
        <translation>Attach a file</translation>
    </message>
</context>
<context>
    <name>Lists</name>
    <message>
        <location filename="../../src/deliberation/ui/kit/localize.py" line="+77"/>
        <source> ; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+7"/>
        <source> et </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>« %1 »</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>MailSettingsDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/mail/settings_dialog.py" line="+48"/>
        <source>Paramètres d&apos;envoi des courriels</source>
        <translation>Email sending settings</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>vide : envoi sans identification</source>
        <translation>empty: send without authentication</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secrétariat du comité</source>
        <translation>Committee secretariat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>demandé à chaque envoi</source>
        <translation>asked for every time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gardé dans le trousseau ; vide : inchangé</source>
        <translation>kept in the keyring; empty: unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gardé dans le trousseau du système</source>
        <translation>kept in the system keyring</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Serveur (SMTP) :</source>
        <translation>Server (SMTP):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sécurité :</source>
        <translation>Security:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port :</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identifiant :</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mot de passe :</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adresse d&apos;expéditeur :</source>
        <translation>Sender address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom affiché :</source>
        <translation>Display name:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le mot de passe n&apos;est écrit dans aucun fichier : il est gardé dans le trousseau du système.</source>
        <translation>The password is not written to any file: it is kept in the system keyring.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Envoyer un message d&apos;essai</source>
        <translation>Send a test message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un court message à l&apos;adresse d&apos;expéditeur, avec ces réglages</source>
        <translation>A short message to the sender address, using these settings</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Mot de passe de %1 sur le serveur %2 :</source>
        <translation>Password for %1 on server %2:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Envoi du message d&apos;essai…</source>
        <translation>Sending the test message…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Message d&apos;essai envoyé à %1 : vérifiez qu&apos;il est arrivé.</source>
        <translation>Test message sent to %1: check that it has arrived.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/deliberation/ui/main_window.py" line="+130"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référentiel</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groupes de travail</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Séances</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avis</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+222"/>
        <source>Ouverture de la base…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>À venir dans une prochaine version (%1)</source>
        <translation>Coming in a future version (%1)</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>Le texte d&apos;un avis n&apos;a pas pu être enregistré. Changer de base quand même et perdre les dernières modifications ?</source>
        <translation>The text of an opinion could not be saved. Switch database anyway and lose the latest changes?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changer de base</source>
        <translation>Switch database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ouverture de la base %1…</source>
        <translation>Opening database %1…</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+310"/>
        <source>Base : %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="-301"/>
        <source>Base ouverte : %1</source>
        <translation>Database opened: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Base mise à jour</source>
        <translation>Database updated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La base a été sauvegardée avant sa mise à jour, dans le fichier :
%1</source>
        <translation>The database was backed up before being updated, to the file:
%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vos modifications sont inscrites sous l&apos;identifiant « %1 » : le secrétariat peut lui donner votre nom.</source>
        <translation>Your changes are recorded under the user name “%1”: the secretariat can attach your name to it.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Guide de l&apos;utilisateur</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le guide de Délibération, page par page</source>
        <translation>The Délibération guide, page by page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les touches de chaque page</source>
        <translation>The keys for each page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ouvrir le dossier du &amp;journal</source>
        <translation>Open the &amp;log folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le dossier du journal, où le détail des erreurs est consigné</source>
        <translation>The log folder, where error details are recorded</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Rechercher…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chercher dans toute la base</source>
        <translation>Search the whole database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rechercher (Ctrl+K)</source>
        <translation>Search (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechercher dans toute la base</source>
        <translation>Search the whole database</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Chemin de la base copié.</source>
        <translation>Database path copied.</translation>
    </message>
    <message>
        <location line="-246"/>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Paramètres d&apos;&amp;envoi…</source>
        <translation>&amp;Mail settings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le serveur d&apos;envoi des courriels du secrétariat et l&apos;adresse d&apos;expéditeur</source>
        <translation>The secretariat&apos;s outgoing mail server and the sender address</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Boîte d&apos;envoi…</source>
        <translation>Outbo&amp;x…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Les courriels envoyés, en attente ou en échec ; renvoyer un message</source>
        <translation>Emails sent, pending or failed; resend a message</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>À &amp;propos de Délibération</source>
        <translation>&amp;About Délibération</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Réglages d&apos;envoi enregistrés.</source>
        <translation>Mail settings saved.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Votre &amp;nom…</source>
        <translation>Your &amp;name…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le nom inscrit dans l&apos;historique des positions que vous saisissez.</source>
        <translation>The name recorded in the history of the positions you enter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Préférences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Votre nom</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nom inscrit comme auteur des positions que vous saisissez et de leurs modifications (vide : « Secrétariat ») :</source>
        <translation>Name recorded as the author of the positions you enter and of their changes (empty: “Secrétariat”):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sur une base partagée, vos modifications sont inscrites au nom de %1.</source>
        <translation>On a shared database, your changes are recorded under the name %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Les positions seront saisies au nom de %1.</source>
        <translation>Positions will be entered under the name %1.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>À propos de Délibération</source>
        <translation>About Délibération</translation>
    </message>
    <message>
        <location line="-302"/>
        <location line="+310"/>
        <source>Clic droit : copier le chemin</source>
        <translation>Right-click: copy the path</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Le dossier du journal %1 n&apos;a pas pu être ouvert.</source>
        <translation>The log folder %1 could not be opened.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;h3&gt;Délibération %1&lt;/h3&gt;&lt;p&gt;Groupes de travail, séances, positions et avis du %2.&lt;/p&gt;&lt;p&gt;Base :&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Délibération %1&lt;/h3&gt;&lt;p&gt;Working groups, meetings, positions and opinions of the %2.&lt;/p&gt;&lt;p&gt;Database:&lt;br&gt;&lt;code&gt;%3&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copier le chemin</source>
        <translation>Copy path</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Le texte d&apos;un avis n&apos;a pas pu être enregistré. Fermer quand même et perdre les dernières modifications ?</source>
        <translation>The text of an opinion could not be saved. Close anyway and lose the latest changes?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fermer sans enregistrer</source>
        <translation>Close without saving</translation>
    </message>
</context>
<context>
    <name>MatrixFilters</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/synthesis_header.py" line="+18"/>
        <source>Toutes les positions</source>
        <translation>All positions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les organisations qui ont cette position sur au moins un sujet</source>
        <translation>Organisations that hold this position on at least one subject</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filtrer les organisations…</source>
        <translation>Filter organisations…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sans réponse seulement</source>
        <translation>No answer only</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/meeting_dialog.py" line="+144"/>
        <source>Nouvelle séance</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Modifier la séance</source>
        <translation>Edit meeting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pour le secrétariat (non exportées)</source>
        <translation>For the secretariat (not exported)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instance :</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inti&amp;tulé :</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dé&amp;but :</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fin :</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lieu :</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lien de &amp;visio :</source>
        <translation>&amp;Video link:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statut :</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes :</source>
        <translation>&amp;Notes:</translation>
    </message>
</context>
<context>
    <name>MeetingFields</name>
    <message>
        <location line="-110"/>
        <source>Plénière (tout le comité)</source>
        <translation>Plenary (whole committee)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (clos)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Salle, adresse</source>
        <translation>Room, address</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
</context>
<context>
    <name>MeetingHeader</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/meeting_page.py" line="+67"/>
        <source>groupe « %1 »</source>
        <translation>group “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lieu : %1</source>
        <translation>Location: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lien de connexion</source>
        <translation>joining link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visioconférence : %1</source>
        <translation>Video conference: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lieu non précisé</source>
        <translation>Location not specified</translation>
    </message>
</context>
<context>
    <name>MeetingLabels</name>
    <message>
        <location filename="../../src/deliberation/ui/kit/meeting_labels.py" line="+51"/>
        <source>Aucune organisation convoquée.</source>
        <translation>No organisation convened.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%n convoquée</source>
        <translation>%n convened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n convoquées</source>
        <translation>%n convened</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Présences non renseignées (%1).</source>
        <translation>Attendance not recorded (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 sur %2.</source>
        <translation>%1 out of %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Séance du groupe « %1 »</source>
        <translation>Group meeting “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Séance</source>
        <translation>Meeting</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/meeting_list.py" line="+81"/>
        <source>À venir</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passées</source>
        <translation>Past</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Toutes</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mois</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rechercher un intitulé, un groupe, un lieu…</source>
        <translation>Search for a title, a group, a location…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plus anciennes</source>
        <translation>Older</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiche aussi les séances de plus d&apos;un an</source>
        <translation>Also show meetings more than a year old</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Toutes les instances</source>
        <translation>All bodies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plénière</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (clos)</source>
        <translation> (closed)</translation>
    </message>
    <message>
        <location line="+110"/>
        <location line="+4"/>
        <source>%n séance</source>
        <translation>%n meeting</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>%n séances</source>
        <translation>%n meetings</translation>
    </message>
    <message>
        <location line="-3"/>
        <source> depuis le %1</source>
        <translation> since %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aucune séance pour l&apos;instant : créez-en une avec « Nouvelle séance », ou planifiez l&apos;année avec « Série de séances ».</source>
        <translation>No meetings yet: create one with “New meeting”, or plan the year with “Series of meetings”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aucune séance ne correspond à ces filtres.</source>
        <translation>No meeting matches these filters.</translation>
    </message>
</context>
<context>
    <name>MeetingModels</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/meeting_models.py" line="-453"/>
        <source>Plénière</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Séance de groupe</source>
        <translation>Group meeting</translation>
    </message>
</context>
<context>
    <name>MeetingMonthView</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/meeting_month.py" line="+208"/>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> — aucune séance ce jour</source>
        <translation> — no meeting on this day</translation>
    </message>
</context>
<context>
    <name>MeetingPage</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/meeting_page.py" line="+35"/>
        <source>Modifier la séance…</source>
        <translation>Edit meeting…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordre du jour (Word)…</source>
        <translation>Agenda (Word)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Relevé de décisions (Word)…</source>
        <translation>Record of decisions (Word)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Séance au calendrier (.ics)…</source>
        <translation>Meeting to calendar (.ics)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Exporter</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envoyer la convocation…</source>
        <translation>Send notice of meeting…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envoyer aux délégués des organisations convoquées l&apos;ordre du jour et l&apos;invitation au calendrier</source>
        <translation>Send the agenda and the calendar invitation to the delegates of the convened organisations</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Présences</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choisissez une séance pour voir son ordre du jour, ses présences et son relevé de décisions.</source>
        <translation>Choose a meeting to see its agenda, attendance and record of decisions.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Ordre du jour (%1)</source>
        <translation>Agenda (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Présences (%1/%2)</source>
        <translation>Attendance (%1/%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Décisions et actions (%1)</source>
        <translation>Decisions and actions (%1)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>le passage de la séance au statut « %1 »</source>
        <translation>changing the meeting status to “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Séance marquée « %1 ».</source>
        <translation>Meeting marked “%1”.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Envoyer la convocation : %1 du %2</source>
        <translation>Send notice of meeting: %1 on %2</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Exporter l&apos;ordre du jour</source>
        <translation>Export the agenda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ordre du jour enregistré dans %1.</source>
        <translation>Agenda saved in %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Exporter le relevé de décisions</source>
        <translation>Export the record of decisions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relevé de décisions enregistré dans %1.</source>
        <translation>Record of decisions saved in %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Exporter la séance au calendrier</source>
        <translation>Export the meeting to a calendar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Séance enregistrée au format calendrier dans %1.</source>
        <translation>Meeting saved in calendar format in %1.</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/meeting_models.py" line="+63"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Heures</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Instance</source>
        <translation>Body</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Présences</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%n point à l&apos;ordre du jour</source>
        <translation>%n agenda item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n points à l&apos;ordre du jour</source>
        <translation>%n agenda items</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aucune organisation convoquée</source>
        <translation>No organisation convened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n organisation convoquée</source>
        <translation>%n organisation convened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n organisations convoquées</source>
        <translation>%n organisations convened</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 présentes ou représentées sur %2</source>
        <translation>%1 of %2 present or represented</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/meetings_page.py" line="+120"/>
        <location line="+9"/>
        <source>Séances</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+230"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Assiduité</source>
        <translation>Attendance record</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nouvelle séance…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Série de séances…</source>
        <translation>Series of meetings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+134"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Exporter au calendrier (.ics)…</source>
        <translation>Export to calendar (.ics)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistre les séances affichées dans un fichier que les agendas importent</source>
        <translation>Saves the meetings shown to a file that calendar apps can import</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Séance du %1 enregistrée.</source>
        <translation>Meeting of %1 saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%n séance créée</source>
        <translation>%n meeting created</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n séances créées</source>
        <translation>%n meetings created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, du %1 au %2.</source>
        <translation>, from %1 to %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Supprimer la séance « %1 » du %2, avec son ordre du jour, ses présences et son relevé de décisions ? (Édition › Annuler la rétablit.)</source>
        <translation>Delete the meeting “%1” of %2, with its agenda, attendance and record of decisions? (Edit › Undo restores it.)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Séance du %1 supprimée.</source>
        <translation>Meeting of %1 deleted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporter les séances au calendrier</source>
        <translation>Export the meetings to a calendar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Calendrier iCalendar (*.ics)</source>
        <translation>iCalendar calendar (*.ics)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%n séance exportée</source>
        <translation>%n meeting exported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n séances exportées</source>
        <translation>%n meetings exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dans %1.</source>
        <translation> in %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%n en retard</source>
        <translation>%n overdue</translation>
    </message>
</context>
<context>
    <name>MembershipModel</name>
    <message>
        <location filename="../../src/deliberation/ui/referential/referential_models.py" line="+11"/>
        <source>Début</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fin</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en cours</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>MessageService</name>
    <message>
        <location filename="../../src/deliberation/ui/kit/messages.py" line="+39"/>
        <location line="+13"/>
        <location line="+18"/>
        <source>Délibération</source>
        <translation>Délibération</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+18"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
</context>
<context>
    <name>MissingPanel</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/synthesis_panel.py" line="+214"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adresses des délégués</source>
        <translation>Delegates&apos; addresses</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Copier les adresses</source>
        <translation>Copy addresses</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Les adresses, séparées par « ; », à coller dans les destinataires d&apos;une relance</source>
        <translation>The addresses, separated by “;”, to paste into the recipients of a reminder</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Relancer…</source>
        <translation>Send reminder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envoyer un rappel, avec l&apos;échéance, aux organisations qui n&apos;ont pas répondu</source>
        <translation>Send a reminder, with the due date, to the organisations that have not answered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Envoyer la consultation…</source>
        <translation>Send consultation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envoyer à chaque organisation consultée son formulaire de réponse</source>
        <translation>Send each consulted organisation its answer form</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importer des réponses…</source>
        <translation>Import answers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lire un formulaire de réponse rempli (Word ou tableur) en positions</source>
        <translation>Read a completed answer form (Word or spreadsheet) into positions</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>aucune adresse</source>
        <translation>no address</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%n organisation n&apos;a pas encore répondu.</source>
        <translation>%n organisation has not answered yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n organisations n&apos;ont pas encore répondu.</source>
        <translation>%n organisations have not answered yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Entre parenthèses, les sujets sur lesquels une réponse manque.</source>
        <translation> In brackets, the subjects on which an answer is missing.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Toutes les organisations consultées ont répondu sur chaque sujet.</source>
        <translation>All consulted organisations have answered on every subject.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sans adresse connue : %1. À relancer autrement, ou compléter le référentiel.</source>
        <translation>No known address: %1. Send a reminder another way, or complete the directory.</translation>
    </message>
</context>
<context>
    <name>OpinionDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/opinion_dialog.py" line="+63"/>
        <source>Nouvel avis</source>
        <translation>New opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiche de l&apos;avis « %1 »</source>
        <translation>Details of opinion “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Par exemple : Avis sur les espaces numériques de travail</source>
        <translation>For example: Opinion on digital workspaces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comité plénier (aucun groupe)</source>
        <translation>Plenary committee (no group)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rechercher un délégué</source>
        <translation>Search for a delegate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> — inactif</source>
        <translation> — inactive</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rechercher une séance ou un point</source>
        <translation>Search for a meeting or an item</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;itre :</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Groupe de travail :</source>
        <translation>Working &amp;group:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rapporteurs :</source>
        <translation>&amp;Rapporteurs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points de l&apos;ordre
du jour &amp;liés :</source>
        <translation>&amp;Linked agenda
items:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Aucune séance n&apos;a encore d&apos;ordre du jour.</source>
        <translation>No meeting has an agenda yet.</translation>
    </message>
</context>
<context>
    <name>OpinionExporter</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/export_dialog.py" line="+259"/>
        <source>Un export est déjà en cours.</source>
        <translation>An export is already in progress.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Comité</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>Exporter en Word</source>
        <translation>Export to Word</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Exporter en OpenDocument</source>
        <translation>Export to OpenDocument</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Écriture de « %1 »…</source>
        <translation>Writing “%1”…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Document OpenDocument enregistré dans %1.</source>
        <translation>OpenDocument document saved in %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document Word enregistré dans %1.</source>
        <translation>Word document saved in %1.</translation>
    </message>
</context>
<context>
    <name>OpinionHeader</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/opinions_page.py" line="+95"/>
        <source>Comité plénier</source>
        <translation>Plenary committee</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rapporteur : %1</source>
        <translation>Rapporteur: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rapporteurs : %1</source>
        <translation>Rapporteurs: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pas encore de rapporteur</source>
        <translation>No rapporteur yet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Discuté en séance : %1</source>
        <comment>one</comment>
        <translation>Discussed at meeting: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discuté en séance : %1</source>
        <comment>several</comment>
        <translation>Discussed at meetings: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lié à aucun point d&apos;ordre du jour.</source>
        <translation>Not linked to any agenda item.</translation>
    </message>
</context>
<context>
    <name>OpinionOutline</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/text/outline.py" line="+239"/>
        <source>Plan de l&apos;avis</source>
        <translation>Opinion outline</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Début du texte</source>
        <translation>Start of text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(titre sans texte)</source>
        <translation>(heading without text)</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Aucun titre pour l&apos;instant. Donnez le type « Titre » à un paragraphe pour structurer le texte.</source>
        <translation>No headings yet. Give a paragraph the “Heading” type to structure the text.</translation>
    </message>
</context>
<context>
    <name>OpinionSession</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/opinion_session.py" line="+266"/>
        <source>Le texte n&apos;a pas pu être enregistré : %1 Il reste affiché ; un nouvel essai aura lieu à la prochaine modification.</source>
        <translation>The text could not be saved: %1 It is still displayed; another attempt will be made at the next change.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 Votre texte n&apos;a pas pu être gardé comme proposition (%2) : il reste affiché ; copiez-le avant de changer d&apos;avis.</source>
        <translation>%1 Your text could not be kept as a proposal (%2): it is still displayed; copy it before switching to another opinion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Le texte enregistré est rechargé.</source>
        <translation>%1 The saved text has been reloaded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Vos modifications sont gardées comme %2 commentaire(s) à votre nom (onglet « Commentaires ») ; le texte enregistré est rechargé.</source>
        <translation>%1 Your changes have been kept as %2 comment(s) in your name (“Comments” tab); the saved text has been reloaded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Vos modifications sont gardées comme %2 proposition(s) d&apos;amendement à votre nom (onglet « Amendements ») ; le texte enregistré est rechargé.</source>
        <translation>%1 Your changes have been kept as %2 proposed amendment(s) in your name (“Amendments” tab); the saved text has been reloaded.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cet avis vient d&apos;être ouvert une seconde fois : ce qui sera tapé dans l&apos;une des fenêtres après un enregistrement de l&apos;autre sera gardé comme proposition d&apos;amendement.</source>
        <translation>This opinion has just been opened a second time: anything typed in one window after the other window has saved will be kept as a proposed amendment.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cet avis a été enregistré entre-temps dans une autre fenêtre ou sur un autre poste : ce que vous tapez ici sera gardé comme proposition d&apos;amendement, puis le texte enregistré sera rechargé.</source>
        <translation>This opinion has been saved in the meantime in another window or on another computer: what you type here will be kept as a proposed amendment, then the saved text will be reloaded.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>la saisie</source>
        <translation>typing</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>le nouveau paragraphe</source>
        <translation>new paragraph</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>la fusion de deux paragraphes</source>
        <translation>merging two paragraphs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>le déplacement du paragraphe</source>
        <translation>moving the paragraph</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>le changement de type du paragraphe</source>
        <translation>changing the paragraph type</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>le collage</source>
        <translation>paste</translation>
    </message>
</context>
<context>
    <name>OpinionSubjectsDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/opinion_subjects.py" line="+85"/>
        <source>Des paragraphes d&apos;un projet d&apos;avis</source>
        <translation>Paragraphs of a draft opinion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un projet d&apos;avis</source>
        <translation>A draft opinion</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Filtrer les paragraphes…</source>
        <translation>Filter paragraphs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tout cocher</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tout décocher</source>
        <translation>Untick all</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Projet d&apos;avis :</source>
        <translation>Draft &amp;opinion:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source> (déjà un sujet)</source>
        <translation> (already a subject)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Aucun projet d&apos;avis n&apos;a encore été créé (page « Avis »).</source>
        <translation>No draft opinion has been created yet (“Opinions” page).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n paragraphe coché</source>
        <translation>%n paragraph ticked</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n paragraphes cochés</source>
        <translation>%n paragraphs ticked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ce projet d&apos;avis n&apos;a pas encore de texte.</source>
        <translation>This draft opinion has no text yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ce projet d&apos;avis est déjà un sujet de la consultation.</source>
        <translation>This draft opinion is already a subject of the consultation.</translation>
    </message>
</context>
<context>
    <name>OpinionTableModel</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/opinions_model.py" line="+75"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titre</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Groupe</source>
        <translation>Group</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rapporteurs</source>
        <translation>Rapporteurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n paragraphe</source>
        <translation>%n paragraph</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n paragraphes</source>
        <translation>%n paragraphs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n version figée</source>
        <translation>%n frozen version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n versions figées</source>
        <translation>%n frozen versions</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amend.</source>
        <translation>Amend.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n amendement à trancher</source>
        <translation>%n amendment to decide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n amendements à trancher</source>
        <translation>%n amendments to decide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modifié</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Comité plénier</source>
        <translation>Plenary committee</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rapporteurs : %1</source>
        <translation>Rapporteurs: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifié le %1</source>
        <translation>Modified on %1</translation>
    </message>
</context>
<context>
    <name>OpinionTextEdit</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/text/editor.py" line="+92"/>
        <source>Texte de l&apos;avis</source>
        <translation>Opinion text</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Écrivez le texte de l&apos;avis ; Entrée commence un nouveau paragraphe.</source>
        <translation>Write the text of the opinion; Enter starts a new paragraph.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aucun avis ouvert.</source>
        <translation>No opinion open.</translation>
    </message>
    <message>
        <location line="+343"/>
        <source>le nouvel élément de liste</source>
        <translation>new list item</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+10"/>
        <location line="+12"/>
        <source>la fin de la liste</source>
        <translation>ending the list</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>la suppression d&apos;un paragraphe vide</source>
        <translation>deleting an empty paragraph</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>la mise en gras</source>
        <translation>bold</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>la mise en italique</source>
        <translation>italic</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>la liste à puces</source>
        <translation>bulleted list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>la liste numérotée</source>
        <translation>numbered list</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>le glisser-déposer</source>
        <translation>drag and drop</translation>
    </message>
</context>
<context>
    <name>OpinionWorkspace</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/opinion_workspace.py" line="+130"/>
        <location line="+498"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location line="-497"/>
        <location line="+498"/>
        <source>Amendements</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location line="-497"/>
        <location line="+498"/>
        <source>Commentaires</source>
        <translation>Comments</translation>
    </message>
    <message>
        <location line="-460"/>
        <source>Plan</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Afficher ou replier le plan de l&apos;avis, pour donner plus de place au texte</source>
        <translation>Show or hide the opinion outline, to give the text more room</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choisissez un avis dans la liste, ou créez-en un avec « Nouvel avis… ».</source>
        <translation>Choose an opinion from the list, or create one with “New opinion…”.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Titre 1</source>
        <translation>Heading 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titre 2</source>
        <translation>Heading 2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Figer une version…</source>
        <translation>Freeze a version…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Garder le texte actuel comme version numérotée, avec une note</source>
        <translation>Keep the current text as a numbered version, with a note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Versions…</source>
        <translation>Versions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parcourir, comparer et restaurer les versions</source>
        <translation>Browse, compare and restore versions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Points en discussion…</source>
        <translation>Points under discussion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Les paragraphes contestés ou assortis de réserves</source>
        <translation>Paragraphs that are contested or subject to reservations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporter en Word…</source>
        <translation>Export to Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrire l&apos;avis dans un document Word à faire circuler</source>
        <translation>Write the opinion to a Word document for circulation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importer un retour…</source>
        <translation>Import returned review…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprendre les commentaires et modifications d&apos;un document Word renvoyé</source>
        <translation>Bring in the comments and changes from a returned Word document</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Diffuser le projet…</source>
        <translation>Circulate the draft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer à chaque organisation du groupe l&apos;export Word de l&apos;avis, à son nom</source>
        <translation>Send each organisation in the group the Word export of the opinion, addressed to it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Emporter pour travailler hors ligne…</source>
        <translation>Take offline to work…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Écrire l&apos;avis dans un paquet que l&apos;application ouvre hors ligne</source>
        <translation>Write the opinion to a package that the application opens offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rapporter un travail hors ligne…</source>
        <translation>Bring back offline work…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fusionner dans l&apos;avis le travail fait sur un paquet emporté</source>
        <translation>Merge into the opinion the work done on a package taken offline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter l&apos;avis en Word, ou importer un retour</source>
        <translation>Export the opinion to Word, or import a returned review</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Raccourcis</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agrandir le texte</source>
        <translation>Enlarge text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Réduire le texte</source>
        <translation>Shrink text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taille habituelle (100 %)</source>
        <translation>Normal size (100%)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Zoom du texte : %1 %. Ctrl+molette ou Ctrl++ / Ctrl+- pour le changer, Ctrl+0 pour revenir à 100 %.</source>
        <translation>Text zoom: %1%. Ctrl+wheel or Ctrl++ / Ctrl+- to change it, Ctrl+0 to return to 100%.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Zoom du texte : %1 %</source>
        <translation>Text zoom: %1%</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cet avis est déjà ouvert dans une autre fenêtre : ce que vous tapez ici après un enregistrement de l&apos;autre fenêtre sera gardé comme proposition d&apos;amendement, pas dans le texte.</source>
        <translation>This opinion is already open in another window: what you type here after the other window has saved will be kept as a proposed amendment, not in the text.</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+56"/>
        <source>Enregistré automatiquement</source>
        <translation>Saved automatically</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Avis ouvert ailleurs</source>
        <translation>Opinion open elsewhere</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Modifications en cours…</source>
        <translation>Changes pending…</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Ce paragraphe n&apos;est plus dans le texte.</source>
        <translation>This paragraph is no longer in the text.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Amend.</source>
        <translation>Amend.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comm.</source>
        <translation>Comm.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Version %1 figée.</source>
        <translation>Version %1 frozen.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Diffuser le projet : « %1 »</source>
        <translation>Circulate the draft: “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Raccourcis de l&apos;éditeur</source>
        <translation>Editor shortcuts</translation>
    </message>
</context>
<context>
    <name>OpinionsList</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/opinions_list.py" line="+80"/>
        <source>Rechercher un titre, un groupe, un rapporteur</source>
        <translation>Search for a title, a group, a rapporteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tous</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« En cours » : ni adoptés, ni publiés, ni abandonnés</source>
        <translation>“In progress”: neither adopted, published nor abandoned</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>%n avis</source>
        <comment>one</comment>
        <translation>%n opinion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n avis</source>
        <comment>several</comment>
        <translation>%n opinions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sur %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>OpinionsModel</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/opinions_model.py" line="-86"/>
        <source>%1 depuis le %2</source>
        <translation>%1 since %2</translation>
    </message>
</context>
<context>
    <name>OpinionsPage</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/opinions_page.py" line="+68"/>
        <source>Aucun avis pour l&apos;instant. Créez le premier projet d&apos;avis, de recommandation ou de contribution : vous en rédigerez le texte ici, paragraphe par paragraphe, et les positions des organisations s&apos;afficheront en regard.</source>
        <translation>No opinions yet. Create the first draft opinion, recommendation or contribution: you will write its text here, paragraph by paragraph, and the organisations&apos; positions will be shown alongside.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+56"/>
        <source>Nouvel avis…</source>
        <translation>New opinion…</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Avis</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Créer un avis, une recommandation ou une contribution</source>
        <translation>Create an opinion, a recommendation or a contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier la fiche…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type, titre, groupe de travail, rapporteurs et points de l&apos;ordre du jour</source>
        <translation>Type, title, working group, rapporteurs and agenda items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Changer l&apos;état…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Projet, en consultation, consolidé, adopté, publié ou abandonné</source>
        <translation>Draft, under consultation, consolidated, adopted, published or abandoned</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+230"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-229"/>
        <source>Importer un texte Word…</source>
        <translation>Import a Word text…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Créer un nouveau projet d&apos;avis à partir d&apos;un document Word (.docx) : titres, paragraphes, considérants, recommandations et listes</source>
        <translation>Create a new draft opinion from a Word document (.docx): headings, paragraphs, recitals, recommendations and lists</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Afficher ou replier la liste des avis, pour donner plus de place au texte</source>
        <translation>Show or hide the list of opinions, to give the text more room</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>Avis « %1 » créé.</source>
        <translation>Opinion “%1” created.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fiche de l&apos;avis « %1 » enregistrée.</source>
        <translation>Details of opinion “%1” saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Avis « %1 » : %2.</source>
        <translation>Opinion “%1”: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supprimer l&apos;avis « %1 »</source>
        <translation>Delete the opinion “%1”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>son paragraphe</source>
        <translation>its paragraph</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ses %n paragraphes</source>
        <translation>its %n paragraphs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sa version figée</source>
        <translation>its frozen version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ses %n versions figées</source>
        <translation>its %n frozen versions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> avec %1</source>
        <translation> with %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ? Édition › Annuler pourra le rétablir tel quel.</source>
        <translation>? Edit › Undo can restore it exactly as it was.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Avis « %1 » supprimé.</source>
        <translation>Opinion “%1” deleted.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/referential/organisation_dialog.py" line="+34"/>
        <source>Nouvelle organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifier l&apos;organisation %1</source>
        <translation>Edit organisation %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ex. : AMF</source>
        <translation>e.g. AMF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ex. : Association des Maires de France</source>
        <translation>e.g. Association des Maires de France</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conserver l&apos;ancien nom dans l&apos;historique</source>
        <translation>Keep the old name in the history</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Sigle :</source>
        <translation>&amp;Acronym:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nom complet :</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifiez le sigle ou le nom pour garder trace de l&apos;ancien nom.</source>
        <translation>Change the acronym or the name to keep a record of the old name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nom changé le :</source>
        <translation>Name changed on:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Membre depuis le :</source>
        <translation>&amp;Member since:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes :</source>
        <translation>N&amp;otes:</translation>
    </message>
</context>
<context>
    <name>OrganisationPanel</name>
    <message>
        <location filename="../../src/deliberation/ui/referential/organisation_panel.py" line="+60"/>
        <source>Nouveau délégué…</source>
        <translation>New delegate…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifier le délégué…</source>
        <translation>Edit delegate…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aucun délégué n&apos;est encore enregistré pour cette organisation.</source>
        <translation>No delegate has been recorded for this organisation yet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Délégués</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historique des noms</source>
        <translation>Name history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adhésions</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sélectionnez une organisation pour voir ses délégués et son historique.</source>
        <translation>Select an organisation to see its delegates and history.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>membre depuis le %1</source>
        <translation>member since %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ancien membre (jusqu&apos;au %1)</source>
        <translation>former member (until %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pas membre</source>
        <translation>not a member</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Délégués (%1)</source>
        <translation>Delegates (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Délégués (%1 en fonction, %2 ancien)</source>
        <translation>Delegates (%1 serving, %2 former)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Délégués (%1 en fonction, %2 anciens)</source>
        <translation>Delegates (%1 serving, %2 former)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Historique des noms (%1)</source>
        <translation>Name history (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adhésions (%1)</source>
        <translation>Memberships (%1)</translation>
    </message>
</context>
<context>
    <name>OrganisationTableModel</name>
    <message>
        <location filename="../../src/deliberation/ui/referential/referential_models.py" line="-209"/>
        <source>Sigle</source>
        <translation>Acronym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membre depuis</source>
        <translation>Member since</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Délégués</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Anciens noms</source>
        <translation>Former names</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>du %1 au %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>jusqu&apos;au %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>à partir du %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Délégués en fonction (les anciens délégués ne sont pas comptés)</source>
        <translation>Serving delegates (former delegates are not counted)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Membre actuel</source>
        <translation>Current member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ancien membre, jusqu&apos;au %1</source>
        <translation>Former member, until %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pas membre</source>
        <translation>Not a member</translation>
    </message>
</context>
<context>
    <name>OutboxDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/mail/outbox_dialog.py" line="+66"/>
        <source>Boîte d&apos;envoi</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tous les messages</source>
        <translation>All messages</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Afficher :</source>
        <translation>Show:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destinataires</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raison</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La boîte d&apos;envoi est vide.</source>
        <translation>The outbox is empty.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Renvoyer</source>
        <translation>Resend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer à nouveau le message choisi</source>
        <translation>Send the selected message again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Envoyer ce qui reste</source>
        <translation>Send remaining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyer les messages « À envoyer »</source>
        <translation>Send the messages marked “To send”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%n message</source>
        <translation>%n message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n messages</source>
        <translation>%n messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n à envoyer</source>
        <translation>%n to send</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n en échec</source>
        <translation>%n failed</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Envoyé le</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Préparé le</source>
        <translation>Prepared on</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Envoi en cours…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Arrêt après le message en cours…</source>
        <translation>Stopping after the current message…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>. Rien n&apos;est perdu : les messages restent à envoyer.</source>
        <translation>. Nothing is lost: the messages are still waiting to be sent.</translation>
    </message>
</context>
<context>
    <name>Outline</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/text/outline.py" line="-435"/>
        <source>%n mot</source>
        <translation>%n word</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n mots</source>
        <translation>%n words</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n paragraphe</source>
        <translation>%n paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n paragraphes</source>
        <translation>%n paragraphs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n recommandation</source>
        <translation>%n recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n recommandations</source>
        <translation>%n recommendations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n considérant</source>
        <translation>%n whereas clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n considérants</source>
        <translation>%n whereas clauses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>considérant</source>
        <translation>whereas clause</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1&#xa0;: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PackageImportDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/package_dialog.py" line="+131"/>
        <source>Rapporter un travail hors ligne — %1</source>
        <translation>Bring back offline work — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce que le paquet apporte</source>
        <translation>What the package brings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Fusionner</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Lecture du paquet…</source>
        <translation>Reading the package…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rien ne sera fusionné.</source>
        <translation>Nothing will be merged.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rien de nouveau : ce travail est déjà fusionné.</source>
        <translation>Nothing new: this work has already been merged.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La fusion est enregistrée d&apos;un bloc ; elle ne s&apos;annule pas par Ctrl+Z (chaque proposition peut être rejetée).</source>
        <translation>The merge is saved in one go; it cannot be undone with Ctrl+Z (each proposal can be rejected).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Travail hors ligne fusionné : %1 paragraphe(s), %2 proposition(s), %3 amendement(s), %4 commentaire(s).</source>
        <translation>Offline work merged: %1 paragraph(s), %2 proposal(s), %3 amendment(s), %4 comment(s).</translation>
    </message>
</context>
<context>
    <name>PackageWriter</name>
    <message>
        <location line="-118"/>
        <source>Écriture du paquet…</source>
        <translation>Writing the package…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Avis emporté dans %1 : ouvrez ce fichier comme une base pour y travailler hors ligne, puis rapportez-le.</source>
        <translation>Opinion taken offline in %1: open this file as a database to work on it offline, then bring it back.</translation>
    </message>
</context>
<context>
    <name>ParagraphMargin</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/text/margin.py" line="+51"/>
        <source>● cercle plein</source>
        <translation>● full circle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◐ demi-cercle</source>
        <translation>◐ half circle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✖ croix</source>
        <translation>✖ cross</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>○ cercle vide</source>
        <translation>○ empty circle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cons.</source>
        <translation>Wh.</translation>
    </message>
    <message>
        <location line="+182"/>
        <source>%1&#xa0;: aucune position enregistrée</source>
        <translation>%1: no position recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&#xa0;: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>ParagraphPositionsPanel</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/paragraph_positions.py" line="+240"/>
        <source>Sur l&apos;ensemble du projet</source>
        <translation>On the draft as a whole</translation>
    </message>
    <message>
        <location line="+130"/>
        <location line="+5"/>
        <source>Positions des membres</source>
        <translation>Members&apos; positions</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Aucun projet d&apos;avis n&apos;est ouvert.</source>
        <translation>No draft opinion is open.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Placez le curseur dans un paragraphe pour voir où en sont les membres.</source>
        <translation>Place the cursor in a paragraph to see where the members stand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ce paragraphe n&apos;a encore été soumis à aucune consultation.</source>
        <translation>This paragraph has not been put to any consultation yet.</translation>
    </message>
</context>
<context>
    <name>PersonFields</name>
    <message>
        <location filename="../../src/deliberation/ui/referential/person_fields.py" line="+47"/>
        <source>(aucune)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>PositionDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/position_dialog.py" line="+47"/>
        <source>&amp;Favorable</source>
        <translation>In &amp;favour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Favorable sous &amp;réserve</source>
        <translation>In favour with &amp;reservations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Défavorable</source>
        <translation>A&amp;gainst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Abstention</source>
        <translation>&amp;Abstention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Non exprimée</source>
        <translation>&amp;Not expressed</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>sujet supprimé</source>
        <translation>subject deleted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position : %1 — %2</source>
        <translation>Position: %1 — %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (touche %2)</source>
        <translation>%1 (key %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pourquoi l&apos;organisation prend cette position</source>
        <translation>Why the organisation takes this position</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le texte que l&apos;organisation propose, s&apos;il y en a un</source>
        <translation>The text the organisation proposes, if any</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Position :</source>
        <translation>Position:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réser&amp;ve :</source>
        <translation>Reser&amp;vation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;otifs :</source>
        <translation>Reas&amp;ons:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mendement
proposé :</source>
        <translation>Proposed
a&amp;mendment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Source :</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reçue &amp;le :</source>
        <translation>Rec&amp;eived on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saisie &amp;par :</source>
        <translation>Entered b&amp;y:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Sujet : %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consultation « %1 »</source>
        <translation>Consultation “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, réponse attendue au plus tard le %1</source>
        <translation>, answer expected by %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Question : %1</source>
        <translation>Question: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pos&amp;ition</source>
        <translation>Pos&amp;ition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Historique</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Obligatoire : la condition que pose l&apos;organisation</source>
        <translation>Required: the condition set by the organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seulement pour une position « Favorable sous réserve »</source>
        <translation>Only for an “In favour with reservations” position</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>quelqu&apos;un d&apos;autre</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cette position vient d&apos;être retirée par un autre poste. Enregistrez à nouveau pour garder la vôtre.</source>
        <translation>This position has just been removed from another computer. Save again to keep yours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cette position vient d&apos;être enregistrée par %1 sur un autre poste : « %2 »%3. Vos valeurs sont gardées ici ; enregistrez à nouveau pour garder les vôtres (les siennes restent dans l&apos;historique).</source>
        <translation>This position has just been saved by %1 on another computer: “%2”%3. Your values are kept here; save again to keep yours (theirs remain in the history).</translation>
    </message>
</context>
<context>
    <name>PositionHistoryView</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/position_history.py" line="+121"/>
        <source>Aucune position enregistrée : l&apos;historique commencera au premier enregistrement.</source>
        <translation>No position recorded: the history will start when it is first saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Aucune modification depuis l&apos;enregistrement de la position.</source>
        <translation>No changes since the position was recorded.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>1 modification.</source>
        <translation>1 change.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 modifications.</source>
        <translation>%1 changes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En gras : ce qui a changé par rapport à l&apos;état précédent.</source>
        <translation>In bold: what changed compared with the previous state.</translation>
    </message>
</context>
<context>
    <name>PositionPanel</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/synthesis_panel.py" line="-213"/>
        <source>Réserve :</source>
        <translation>Reservation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motifs :</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendement proposé :</source>
        <translation>Proposed amendment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source :</source>
        <translation>Source:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reçue le :</source>
        <translation>Received on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saisie par :</source>
        <translation>Entered by:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+78"/>
        <source>Saisir…</source>
        <translation>Enter…</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Toutes les informations de la position (Entrée)</source>
        <translation>All the details of the position (Enter)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retirer cette position (Suppr) ; son historique est conservé</source>
        <translation>Remove this position (Del); its history is kept</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Aucune case choisie</source>
        <translation>No cell selected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez une case de la matrice pour voir la position en détail.</source>
        <translation>Choose a cell in the grid to see the position in detail.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pas encore de réponse</source>
        <translation>No answer yet</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
</context>
<context>
    <name>PositionsPage</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/positions_page.py" line="+37"/>
        <source>Aucune consultation pour l&apos;instant : créez-en une avec « Nouvelle consultation… » pour recueillir la position des organisations sur des points de l&apos;ordre du jour, un projet d&apos;avis ou ses paragraphes.</source>
        <translation>No consultations yet: create one with “New consultation…” to gather the organisations&apos; positions on agenda items, a draft opinion or its paragraphs.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Nouvelle consultation…</source>
        <translation>New consultation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intitulé, dates, sujets, organisations et règle</source>
        <translation>Title, dates, subjects, organisations and rule</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+125"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="-118"/>
        <source>Exporter en Word…</source>
        <translation>Export to Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La synthèse en tableau, pour la plénière</source>
        <translation>The summary as a table, for the plenary meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter en tableur…</source>
        <translation>Export to spreadsheet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La synthèse en classeur .xlsx, avec ses filtres : une copie à diffuser, sans les adresses des délégués</source>
        <translation>The summary as an .xlsx workbook, with its filters: a copy for circulation, without the delegates&apos; addresses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exporter en tableur pour le secrétariat…</source>
        <translation>Export to spreadsheet for the secretariat…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La synthèse en classeur .xlsx avec les courriels des délégués à relancer : la copie du secrétariat, à ne pas diffuser</source>
        <translation>The summary as an .xlsx workbook with the e-mail addresses of the delegates to remind: the secretariat&apos;s copy, not for circulation</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Consultation « %1 » enregistrée.</source>
        <translation>Consultation “%1” saved.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supprimer la consultation « %1 »</source>
        <translation>Delete the consultation “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> et sa position</source>
        <translation> and its position</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> et ses %n positions</source>
        <translation> and its %n positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> ? Édition › Annuler pourra la rétablir telle quelle.</source>
        <translation>? Edit › Undo can restore it exactly as it was.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consultation « %1 » supprimée.</source>
        <translation>Consultation “%1” deleted.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Exporter la synthèse en Word</source>
        <translation>Export the summary to Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exporter la synthèse en tableur</source>
        <translation>Export the summary to a spreadsheet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exporter la synthèse pour le secrétariat (avec les courriels)</source>
        <translation>Export the summary for the secretariat (with e-mail addresses)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Synthèse enregistrée dans %1.</source>
        <translation>Summary saved in %1.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/shell/preferences.py" line="+15"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inscrit comme auteur des positions que vous saisissez</source>
        <translation>Recorded as the author of the positions you enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le nom du comité</source>
        <translation>the committee&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aucun (styles de Délibération)</source>
        <translation>none (Délibération styles)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La présidente du comité</source>
        <translation>Chair of the committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votre &amp;nom :</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Auteur des documents exportés :</source>
        <translation>&amp;Author of exported documents:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Modèle Word des avis :</source>
        <translation>&amp;Word template for opinions:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modèle Word des avis</source>
        <translation>Word template for opinions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Signataire de la convocation :</source>
        <translation>&amp;Signatory of the notice of meeting:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Qualité du signataire :</source>
        <translation>Signatory&apos;s &amp;title:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Logo de la convocation :</source>
        <translation>Notice of meeting &amp;logo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo de la convocation</source>
        <translation>Notice of meeting logo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&apos;applique au prochain démarrage de Délibération</source>
        <translation>Takes effect the next time Délibération starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Langue :</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Le modèle « %1 » est introuvable.</source>
        <translation>The template “%1” cannot be found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Le logo « %1 » est introuvable.</source>
        <translation>The logo “%1” cannot be found.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Langue</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La langue choisie s&apos;appliquera au prochain démarrage de Délibération.</source>
        <translation>The chosen language will take effect the next time Délibération starts.</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../src/deliberation/ui/shell/printing.py" line="+55"/>
        <source>&amp;Imprimer…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exporter en &amp;PDF…</source>
        <translation>Export to P&amp;DF…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>La base n&apos;est pas encore ouverte.</source>
        <translation>The database is not open yet.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choisissez d&apos;abord une séance dans la liste.</source>
        <translation>Choose a meeting from the list first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choisissez d&apos;abord une consultation.</source>
        <translation>Choose a consultation first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ouvrez d&apos;abord un avis.</source>
        <translation>Open an opinion first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cet espace n&apos;a pas de document à imprimer.</source>
        <translation>This area has no document to print.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Imprimer le document affiché (%1)</source>
        <translation>Print the displayed document (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enregistrer le document affiché en PDF</source>
        <translation>Save the displayed document as a PDF</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Imprimer « %1 »</source>
        <translation>Print “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>« %1 » envoyé à l&apos;imprimante.</source>
        <translation>“%1” sent to the printer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Exporter en PDF</source>
        <translation>Export to PDF</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le dossier %1 n&apos;existe pas : le PDF n&apos;a pas été écrit.</source>
        <translation>The folder %1 does not exist: the PDF was not written.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le PDF %1 n&apos;a pas pu être écrit.</source>
        <translation>The PDF %1 could not be written.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF enregistré dans %1.</source>
        <translation>PDF saved in %1.</translation>
    </message>
</context>
<context>
    <name>ReferentialPage</name>
    <message>
        <location filename="../../src/deliberation/ui/referential/referential_page.py" line="+68"/>
        <source>Nouvelle organisation…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+175"/>
        <source>Désactiver</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Rechercher un sigle, un nom, un ancien nom…</source>
        <translation>Search for an acronym, a name, a former name…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Membres actuels</source>
        <translation>Current members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anciens membres</source>
        <translation>Former members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toutes les organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporter l&apos;annuaire</source>
        <translation>Export contact list</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Référentiel des organisations</source>
        <translation>Directory of organisations</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporter l&apos;annuaire des membres</source>
        <translation>Export the members&apos; contact list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Annuaire des membres enregistré dans %1.</source>
        <translation>Members&apos; contact list saved in %1.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>la recherche a été effacée</source>
        <translation>the search was cleared</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>le filtre « %1 » a été choisi</source>
        <translation>the “%1” filter was selected</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pour afficher %1, %2.</source>
        <translation>To show %1, %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> et </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Réactiver</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refaire de l&apos;organisation un membre du comité à partir d&apos;aujourd&apos;hui</source>
        <translation>Make the organisation a committee member again from today</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;organisation quitte le comité aujourd&apos;hui ; son historique est conservé</source>
        <translation>The organisation leaves the committee today; its history is kept</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Aucune organisation</source>
        <translation>No organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 organisation</source>
        <translation>1 organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 organisations</source>
        <translation>%1 organisations</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Organisation %1 enregistrée.</source>
        <translation>Organisation %1 saved.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 ne fait plus partie des membres (Ctrl+Z pour annuler).</source>
        <translation>%1 is no longer a member (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 est de nouveau membre (Ctrl+Z pour annuler).</source>
        <translation>%1 is a member again (Ctrl+Z to undo).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Délégué %1 enregistré.</source>
        <translation>Delegate %1 saved.</translation>
    </message>
</context>
<context>
    <name>ReturnItemsModel</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/return_items.py" line="+91"/>
        <source>Paragraphe</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auteur et date</source>
        <translation>Author and date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ReviewImportDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/review_import_dialog.py" line="+89"/>
        <source>Importer un retour — %1</source>
        <translation>Import returned review — %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choisir l&apos;organisation…</source>
        <translation>Choose the organisation…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Les commentaires et amendements du fichier lui seront attribués.</source>
        <translation>The comments and amendments in the file will be attributed to it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation :</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Éléments du retour</source>
        <translation>Review items</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Détail de l&apos;élément</source>
        <translation>Item details</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choisissez l&apos;organisation dont ce retour provient pour voir ce qu&apos;il apporte.</source>
        <translation>Choose the organisation this review comes from to see what it brings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lecture du fichier…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Rien ne sera importé.</source>
        <translation>Nothing will be imported.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ce fichier a perdu les repères des paragraphes : ils ont été rapprochés par la ressemblance de leur texte.</source>
        <translation>This file has lost its paragraph markers: the paragraphs were matched by the similarity of their text.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>export de la version %1</source>
        <translation>export of version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export du texte courant</source>
        <translation>export of the current text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ce fichier n&apos;apporte ni commentaire ni modification du texte : rien à importer.</source>
        <translation>This file contains neither comments nor text changes: nothing to import.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rien de nouveau à importer : chaque élément a déjà été importé ou porte sur un paragraphe supprimé.</source>
        <translation>Nothing new to import: each item has already been imported or concerns a deleted paragraph.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 élément(s) nouveau(x) sur %2 seront importés au nom de %3.</source>
        <translation>%1 new item(s) out of %2 will be imported on behalf of %3.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/kit/search_dialog.py" line="+52"/>
        <source>Rechercher</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Organisations, délégués, séances, décisions, positions, avis…</source>
        <translation>Organisations, delegates, meetings, decisions, positions, opinions…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rechercher dans toute la base</source>
        <translation>Search the whole database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Résultats de la recherche</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Aucun résultat.</source>
        <translation>No results.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Les %n premiers résultats ; précisez la recherche.</source>
        <translation>
            <numerusform>The first %n result; refine your search.</numerusform>
            <numerusform>The first %n results; refine your search.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n résultat(s).</source>
        <translation>
            <numerusform>%n result.</numerusform>
            <numerusform>%n results.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/mail/send_dialog.py" line="+53"/>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Déjà envoyé le %1</source>
        <translation>Already sent on %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 : %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Paramètres d&apos;envoi…</source>
        <translation>Sending settings…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pièces jointes</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enregistrer des brouillons (.eml)…</source>
        <translation>Save drafts (.eml)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Des messages prêts à ouvrir dans Outlook ou Thunderbird, pièces jointes comprises</source>
        <translation>Messages ready to open in Outlook or Thunderbird, attachments included</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+127"/>
        <source>Préparation des messages…</source>
        <translation>Preparing messages…</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>invitation (annulation)</source>
        <translation>invitation (cancellation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invitation au calendrier</source>
        <translation>calendar invitation</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Aucun message à envoyer : aucune organisation n&apos;a d&apos;adresse.</source>
        <translation>No messages to send: no organisation has an address.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chaque message a déjà été envoyé (ou écrit en brouillon) : rien de plus à envoyer. La boîte d&apos;envoi permet d&apos;en renvoyer un.</source>
        <translation>Every message has already been sent (or written as a draft): nothing more to send. The outbox lets you resend one.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%n message à envoyer.</source>
        <translation>%n message to send.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n messages à envoyer.</source>
        <translation>%n messages to send.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Envoi de %n message…</source>
        <translation>Sending %n message…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Envoi de %n messages…</source>
        <translation>Sending %n messages…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Arrêt après le message en cours…</source>
        <translation>Stopping after the current message…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>. Rien n&apos;est perdu : les messages restent à envoyer.</source>
        <translation>. Nothing is lost: the messages are still waiting to be sent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dossier où enregistrer les brouillons</source>
        <translation>Folder to save the drafts in</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%n brouillon écrit dans « %f ».</source>
        <translation>%n draft written to “%f”.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n brouillons écrits dans « %f ».</source>
        <translation>%n drafts written to “%f”.</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/meetings/series_dialog.py" line="+41"/>
        <source>premier</source>
        <translation>first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deuxième</source>
        <translation>second</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>troisième</source>
        <translation>third</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quatrième</source>
        <translation>fourth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dernier</source>
        <translation>last</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Série de séances</source>
        <translation>Series of meetings</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>de chaque mois</source>
        <translation>of each month</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>de</source>
        <translation>from</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>à</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choisissez une date dans la liste pour la déplacer</source>
        <translation>Choose a date in the list to move it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Règle :</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Période :</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sauf en :</source>
        <translation>Except in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type :</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instance :</source>
        <translation>&amp;Body:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inti&amp;tulé :</source>
        <translation>T&amp;itle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dé&amp;but :</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fin :</source>
        <translation>&amp;End:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lieu :</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lien de &amp;visio :</source>
        <translation>&amp;Video link:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Décochez une date pour ne pas la retenir ; choisissez-en une pour la déplacer.</source>
        <translation>Untick a date to leave it out; select one to move it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates :</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Déplacer au :</source>
        <translation>&amp;Move to:</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 (déjà une séance)</source>
        <translation>%1 (already a meeting)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Déjà enregistrée ce jour-là : %1, %2, %3.</source>
        <translation>Already recorded on that day: %1, %2, %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (déplacée)</source>
        <translation>%1 (moved)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Au lieu du %1</source>
        <translation>Instead of %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>le %1 %2 de chaque mois</source>
        <translation>the %1 %2 of each month</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>, sauf en %1</source>
        <translation>, except in %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Aucune date sur cette période.</source>
        <translation>No dates in this period.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n séance sera créée.</source>
        <translation>%n meeting will be created.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n séances seront créées.</source>
        <translation>%n meetings will be created.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 sur %2.</source>
        <translation>%1 out of %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n séance sera créée</source>
        <translation>%n meeting will be created</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n séances seront créées</source>
        <translation>%n meetings will be created</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%n date a déjà une séance de cette instance : elle est décochée d&apos;office.</source>
        <translation>%n date already has a meeting of this body: it is unticked automatically.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%n dates ont déjà une séance de cette instance : elles sont décochées d&apos;office.</source>
        <translation>%n dates already have a meeting of this body: they are unticked automatically.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../src/deliberation/ui/kit/shortcuts.py" line="+9"/>
        <source>Partout</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Référentiel</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groupes de travail</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Séances</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avis</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texte d&apos;un avis</source>
        <translation>Opinion text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fenêtres de saisie</source>
        <translation>Editing dialogs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recherche (Ctrl+K)</source>
        <translation>Search (Ctrl+K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Guide de l&apos;utilisateur</source>
        <translation>User guide</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Aller à l&apos;Accueil</source>
        <translation>Go to Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aller au Référentiel</source>
        <translation>Go to Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aller aux Groupes de travail</source>
        <translation>Go to Working groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aller aux Séances</source>
        <translation>Go to Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aller aux Positions</source>
        <translation>Go to Positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aller aux Avis</source>
        <translation>Go to Opinions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rechercher dans toute la base</source>
        <translation>Search the whole database</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ouvrir une base</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imprimer le document affiché</source>
        <translation>Print the displayed document</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/deliberation/ui/opinions/text/keys.py" line="+72"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rétablir (aussi Ctrl+Y)</source>
        <translation>Redo (also Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deliberation/ui/opinions/text/keys.py" line="+3"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résultat précédent</source>
        <translation>Previous result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Résultat suivant</source>
        <translation>Next result</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ouvrir le résultat choisi, à son paragraphe ou sa ligne</source>
        <translation>Open the selected result at its paragraph or row</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouvelle organisation</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filtrer la liste des organisations</source>
        <translation>Filter the list of organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nouveau groupe de travail</source>
        <translation>New working group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle séance</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer la liste des séances</source>
        <translation>Filter the list of meetings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supprimer la séance choisie (dans la liste)</source>
        <translation>Delete the selected meeting (in the list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monter le point de l&apos;ordre du jour (aussi Alt+Haut)</source>
        <translation>Move the agenda item up (also Alt+Up)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Descendre le point de l&apos;ordre du jour (aussi Alt+Bas)</source>
        <translation>Move the agenda item down (also Alt+Down)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Présence : présent</source>
        <translation>Attendance: present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Présence : excusé</source>
        <translation>Attendance: excused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Présence : absent</source>
        <translation>Attendance: absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Présence : représenté</source>
        <translation>Attendance: represented</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Présence : non renseignée</source>
        <translation>Attendance: not recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouvelle consultation</source>
        <translation>New consultation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Filtrer les organisations du tableau</source>
        <translation>Filter the organisations in the table</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Supprimer la consultation choisie (dans la liste)</source>
        <translation>Delete the selected consultation (in the list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Position favorable sur la case choisie</source>
        <translation>Position: in favour, on the selected cell</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Favorable sous réserve (la réserve est demandée)</source>
        <translation>In favour with reservations (the reservation is asked for)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Position défavorable</source>
        <translation>Position: against</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abstention</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Position non exprimée</source>
        <translation>Position: not expressed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Détails de la position (aussi F2)</source>
        <translation>Position details (also F2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Retirer la position (aussi Suppr)</source>
        <translation>Remove the position (also Del)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nouvel avis</source>
        <translation>New opinion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supprimer l&apos;avis choisi (dans la liste)</source>
        <translation>Delete the selected opinion (in the list)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Montrer ou masquer la liste des avis</source>
        <translation>Show or hide the list of opinions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Montrer ou masquer le plan</source>
        <translation>Show or hide the outline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figer une version</source>
        <translation>Freeze a version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versions : parcourir, comparer, restaurer</source>
        <translation>Versions: browse, compare, restore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points en discussion</source>
        <translation>Points under discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter l&apos;avis en Word</source>
        <translation>Export the opinion to Word</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer un retour Word</source>
        <translation>Import a returned Word review</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rechercher dans le texte</source>
        <translation>Search the text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remplacer dans le texte</source>
        <translation>Replace in the text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occurrence suivante</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Occurrence précédente</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Agrandir le texte (aussi Ctrl+=)</source>
        <translation>Enlarge text (also Ctrl+=)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agrandir le texte</source>
        <translation>Enlarge text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réduire le texte</source>
        <translation>Shrink text</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taille habituelle du texte (100 %)</source>
        <translation>Normal text size (100%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nouvel amendement sur le paragraphe</source>
        <translation>New amendment on the paragraph</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Traitement proposé pour l&apos;amendement</source>
        <translation>Recommendation on the amendment</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valider la fenêtre (avis, amendement, consultation, position) ou envoyer le commentaire</source>
        <translation>Confirm the dialog (opinion, amendment, consultation, position) or send the comment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fermer la fenêtre sans enregistrer</source>
        <translation>Close the dialog without saving</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chercher dans le guide</source>
        <translation>Search the guide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Occurrence suivante (aussi Entrée)</source>
        <translation>Next match (also Enter)</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/opinions/text/keys.py" line="-59"/>
        <source>Entrée</source>
        <translation>Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouveau paragraphe (dans une liste : nouvel élément ; sur un élément vide : fin de la liste)</source>
        <translation>New paragraph (in a list: new item; on an empty item: end of the list)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Maj+Entrée</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nouvelle ligne dans le même paragraphe</source>
        <translation>New line in the same paragraph</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retour arrière en début de paragraphe</source>
        <translation>Backspace at the start of a paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fusionner avec le paragraphe précédent</source>
        <translation>Merge with the previous paragraph</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suppr en fin de paragraphe</source>
        <translation>Del at the end of a paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fusionner avec le paragraphe suivant</source>
        <translation>Merge with the next paragraph</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alt+Haut / Alt+Bas</source>
        <translation>Alt+Up / Alt+Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monter / descendre le paragraphe</source>
        <translation>Move the paragraph up / down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Alt+1 / 2 / 3</source>
        <translation>Ctrl+Alt+1 / 2 / 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titre de niveau 1 / 2 / 3</source>
        <translation>Level 1 / 2 / 3 heading</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Alt+0</source>
        <translation>Ctrl+Alt+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphe numéroté</source>
        <translation>Numbered paragraph</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+C</source>
        <translation>Ctrl+Alt+C</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Considérant</source>
        <translation>Recital</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Alt+R</source>
        <translation>Ctrl+Alt+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommandation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab / Maj+Tab sur un titre</source>
        <translation>Tab / Shift+Tab on a heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abaisser / relever le niveau du titre</source>
        <translation>Lower / raise the heading level</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab ailleurs</source>
        <translation>Tab elsewhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passer à la zone suivante de la fenêtre</source>
        <translation>Move to the next area of the window</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+B / Ctrl+I</source>
        <translation>Ctrl+B / Ctrl+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gras / italique sur la sélection</source>
        <translation>Bold / italic on the selection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Maj+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste à puces (activer ou retirer)</source>
        <translation>Bulleted list (turn on or off)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Maj+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste numérotée (activer ou retirer)</source>
        <translation>Numbered list (turn on or off)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Maj+Z ou Ctrl+Y</source>
        <translation>Ctrl+Shift+Z or Ctrl+Y</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+V</source>
        <translation>Ctrl+V</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coller le texte seul, nettoyé (sauts de ligne de Word, tabulations…)</source>
        <translation>Paste plain text, cleaned up (Word line breaks, tabs…)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+molette, Ctrl++ / Ctrl+-</source>
        <translation>Ctrl+wheel, Ctrl++ / Ctrl+-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrandir / réduire l&apos;affichage du texte (zoom)</source>
        <translation>Enlarge / shrink the text display (zoom)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenir à la taille habituelle du texte (100 %)</source>
        <translation>Return to the normal text size (100%)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/shell/shortcuts_dialog.py" line="+46"/>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer (une touche, un mot…)</source>
        <translation>Filter (a key, a word…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filtrer les raccourcis</source>
        <translation>Filter shortcuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Espace</source>
        <translation>Area</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Touches</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StanceCounts</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/synthesis_header.py" line="+40"/>
        <source>Position enregistrée comme non exprimée</source>
        <translation>Position recorded as not expressed</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Organisations consultées sans position sur ce sujet</source>
        <translation>Consulted organisations with no position on this subject</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Touches : </source>
        <translation>Keys: </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sujet %1 :</source>
        <translation>Subject %1:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%n organisation</source>
        <translation>%n organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n organisations</source>
        <translation>%n organisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> sur %1</source>
        <translation> out of %1</translation>
    </message>
</context>
<context>
    <name>StanceRow</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/paragraph_positions.py" line="-275"/>
        <source>Réserve :</source>
        <translation>Reservation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motifs :</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendement proposé :</source>
        <translation>Proposed amendment:</translation>
    </message>
</context>
<context>
    <name>StandingView</name>
    <message>
        <location line="+56"/>
        <source>Consultation « %1 »</source>
        <translation>Consultation “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ouvrir la consultation et ses positions</source>
        <translation>Open the consultation and its positions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%n réponse</source>
        <translation>%n answer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n réponses</source>
        <translation>%n answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> sur %1</source>
        <translation> out of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%n organisation consultée</source>
        <translation>%n consulted organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n organisations consultées</source>
        <translation>%n consulted organisations</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/opinion_dialog.py" line="+42"/>
        <source>État de l&apos;avis « %1 »</source>
        <translation>Status of opinion “%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (état actuel)</source>
        <translation> (current status)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Par exemple : adopté en plénière à l&apos;unanimité moins une abstention</source>
        <translation>For example: adopted at the plenary meeting unanimously, with one abstention</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Nouvel état :</source>
        <translation>&amp;New status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Depuis le :</source>
        <translation>&amp;Since:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote :</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Historique :</source>
        <translation>History:</translation>
    </message>
</context>
<context>
    <name>SubjectStatusModel</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/synthesis_model.py" line="+149"/>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sujet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sans rép.</source>
        <translation>No ans.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organisations consultées sans position sur le sujet</source>
        <translation>Consulted organisations with no position on the subject</translation>
    </message>
</context>
<context>
    <name>SubjectsPicker</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/subjects_picker.py" line="+99"/>
        <source>Choisissez une séance pour cocher des points de son ordre du jour.</source>
        <translation>Choose a meeting to tick items on its agenda.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Un autre sujet : une question…</source>
        <translation>Another subject: a question…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ajouter</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Un projet d&apos;avis…</source>
        <translation>A draft opinion…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consulter sur un projet d&apos;avis dans son ensemble</source>
        <translation>Consult on a draft opinion as a whole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Des paragraphes d&apos;un projet…</source>
        <translation>Paragraphs of a draft…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consulter sur des paragraphes choisis d&apos;un projet d&apos;avis</source>
        <translation>Consult on selected paragraphs of a draft opinion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Projet d&apos;a&amp;vis</source>
        <translation>Draft &amp;opinion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ajouter comme sujet un projet d&apos;avis, ou certains de ses paragraphes</source>
        <translation>Add a draft opinion, or some of its paragraphs, as a subject</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Points de l&apos;ordre du jour de la séance :</source>
        <translation>Agenda items of the meeting:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Autres sujets :</source>
        <translation>Other subjects:</translation>
    </message>
</context>
<context>
    <name>SynthesisArea</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/synthesis_area.py" line="+88"/>
        <source>Choisissez un sujet pour aller à sa colonne</source>
        <translation>Choose a subject to go to its column</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Aucune organisation ne correspond à ces filtres.</source>
        <translation>No organisation matches these filters.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sans réponse</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Sans réponse (%1)</source>
        <translation>No answer (%1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 du %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>%1 : position enregistrée (%2).</source>
        <translation>%1: position saved (%2).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 : position retirée.</source>
        <translation>%1: position removed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%n adresse copiée</source>
        <translation>%n address copied</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%n adresses copiées</source>
        <translation>%n addresses copied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> dans le presse-papiers : à coller dans les destinataires d&apos;une relance.</source>
        <translation> to the clipboard: paste them into the recipients of a reminder.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Relancer : « %1 »</source>
        <translation>Send reminder: “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Envoyer la consultation « %1 »</source>
        <translation>Send the consultation “%1”</translation>
    </message>
</context>
<context>
    <name>SynthesisModel</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/synthesis_model.py" line="-106"/>
        <source>Fav.</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rés.</source>
        <translation>Res.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Déf.</source>
        <translation>Ag.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abst.</source>
        <translation>Abst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N. E.</source>
        <translation>N. E.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>depuis le %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Pas encore de réponse.</source>
        <translation>No answer yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Réserve :</source>
        <translation>Reservation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motifs :</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendement proposé :</source>
        <translation>Proposed amendment:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, reçue le %2</source>
        <translation>%1, received on %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> · enregistrée par %1</source>
        <translation> · recorded by %1</translation>
    </message>
    <message>
        <location line="+236"/>
        <source>N&apos;a pas encore répondu.</source>
        <translation>Has not answered yet.</translation>
    </message>
</context>
<context>
    <name>SynthesisView</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/synthesis_view.py" line="+31"/>
        <source>F favorable · R sous réserve · D défavorable · A abstention · N non exprimée · Entrée détails · Suppr retirer</source>
        <translation>F in favour · R with reservations · D against · A abstention · N not expressed · Enter details · Delete remove</translation>
    </message>
</context>
<context>
    <name>TableDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/amendment_dialog.py" line="+102"/>
        <source>Exporter le tableau des amendements</source>
        <translation>Export the table of amendments</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Laissez vide pour tout l&apos;avis, ou donnez des numéros de paragraphes (« 3-6 ») et de recommandations (« R2 »), séparés par des virgules.</source>
        <translation>Leave empty for the whole opinion, or give paragraph numbers (“3-6”) and recommendation numbers (“R2”), separated by commas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tout l&apos;avis</source>
        <translation>the whole opinion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paragraphes :</source>
        <translation>&amp;Paragraphs:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporter…</source>
        <translation>Export…</translation>
    </message>
</context>
<context>
    <name>ThreadCard</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/comments_panel.py" line="-380"/>
        <source>%1 réponse(s) masquée(s)</source>
        <translation>Hidden replies: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Répondre</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rouvrir</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Résoudre</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fil résolu</source>
        <translation>Thread resolved</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>· résolu</source>
        <translation>· resolved</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>« %1 »</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supprimer ce commentaire</source>
        <translation>Delete this comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TreatmentDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/amendment_dialog.py" line="-63"/>
        <source>Traitement proposé — amendement de %1</source>
        <translation>Recommendation — amendment from %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Facultatif : ce que le rapporteur dira au comité</source>
        <translation>Optional: what the rapporteur will tell the committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Traitement proposé :</source>
        <translation>&amp;Recommendation:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note :</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>TwoLineDelegate</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/opinions_model.py" line="+185"/>
        <source>depuis le %1</source>
        <translation>since %1</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/versions_dialog.py" line="+99"/>
        <source>Versions — %1</source>
        <translation>Versions — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+32"/>
        <source>Figer une version…</source>
        <translation>Freeze a version…</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Comparer…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restaurer cette version</source>
        <translation>Restore this version</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>De :</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>à :</source>
        <translation>to:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aucune version n&apos;est encore figée : il n&apos;y a rien à comparer avec le texte actuel. Figez une version (par exemple avant de faire circuler le texte) ; la comparaison montrera ensuite ce qui a changé depuis.</source>
        <translation>No version has been frozen yet: there is nothing to compare the current text with. Freeze a version (for example before circulating the text); the comparison will then show what has changed since.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lecture</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comparaison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+18"/>
        <location line="+51"/>
        <source>Texte actuel</source>
        <translation>Current text</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 mots</source>
        <translation>%1 words</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> par %1</source>
        <translation> by %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>figée le %1</source>
        <translation>frozen on %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Aucune version n&apos;est encore figée : il n&apos;y a rien à comparer. Figez d&apos;abord une version.</source>
        <translation>No version has been frozen yet: there is nothing to compare. Freeze a version first.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Le texte est vide : il n&apos;y a rien à figer.</source>
        <translation>The text is empty: there is nothing to freeze.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Le texte actuel sera remplacé par la version %1. Vous pourrez annuler avec Ctrl+Z ; le texte actuel reste aussi disponible si vous l&apos;avez figé.</source>
        <translation>The current text will be replaced by version %1. You can undo this with Ctrl+Z; the current text also remains available if you have frozen it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>Restaurer</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Le texte en cours n&apos;a pas pu être enregistré : la version %1 n&apos;est pas restaurée, pour ne rien perdre.</source>
        <translation>The current text could not be saved: version %1 has not been restored, so that nothing is lost.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le texte actuel est déjà celui de la version %1.</source>
        <translation>The current text is already that of version %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>la restauration de la version %1</source>
        <translation>restoring version %1</translation>
    </message>
</context>
<context>
    <name>WordCountLabel</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/text/outline.py" line="+436"/>
        <source>%1 caractères, espaces comprises</source>
        <translation>%1 characters, including spaces</translation>
    </message>
</context>
<context>
    <name>answers_dialog</name>
    <message>
        <location filename="../../src/deliberation/ui/positions/answers_dialog.py" line="+8"/>
        <source>Importer des réponses</source>
        <translation>Import answers</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../src/deliberation/ui/app.py" line="+108"/>
        <source>Une erreur inattendue s&apos;est produite ; l&apos;opération en cours n&apos;a peut-être pas abouti et le détail a été consigné dans le journal de l&apos;application (%1).</source>
        <translation>An unexpected error occurred; the current operation may not have completed, and the details have been recorded in the application log (%1).</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>La base a été ouverte mais n&apos;a pas pu être affichée à cause d&apos;une erreur inattendue, dont le détail a été consigné dans le journal de l&apos;application (%1).</source>
        <translation>The database was opened but could not be displayed because of an unexpected error, the details of which have been recorded in the application log (%1).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>La base partagée %1 n&apos;a pas été ouverte. Ouvrir votre base locale (%2) à la place ? Sinon, l&apos;application se ferme.</source>
        <translation>The shared database %1 was not opened. Open your local database (%2) instead? Otherwise the application closes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ouvrir la base locale</source>
        <translation>Open the local database</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>La base n&apos;a pas pu être ouverte à cause d&apos;une erreur inattendue, dont le détail a été consigné dans le journal de l&apos;application (%1).</source>
        <translation>The database could not be opened because of an unexpected error, the details of which have been recorded in the application log (%1).</translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <location filename="../../src/deliberation/services/search.py" line="+89"/>
        <location line="+1"/>
        <source>Référentiel</source>
        <translation>Directory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groupes de travail</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Séances</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Avis</source>
        <translation>Opinions</translation>
    </message>
</context>
<context>
    <name>background</name>
    <message>
        <location filename="../../src/deliberation/ui/kit/background.py" line="+26"/>
        <source>L&apos;opération n&apos;a pas pu aboutir à cause d&apos;une erreur inattendue, dont le détail a été consigné dans le journal de l&apos;application (%1).</source>
        <translation>The operation could not be completed because of an unexpected error, the details of which have been recorded in the application log (%1).</translation>
    </message>
</context>
<context>
    <name>diff_view</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/diff_view.py" line="-360"/>
        <location line="+20"/>
        <source>modifié</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+23"/>
        <source>ajouté</source>
        <translation>added</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+26"/>
        <source>supprimé</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+29"/>
        <source>déplacé</source>
        <translation>moved</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>modifiés</source>
        <translation>changed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ajoutés</source>
        <translation>added</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>supprimés</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>déplacés</source>
        <translation>moved</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>paragraphe</source>
        <translation>paragraph</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paragraphes</source>
        <translation>paragraphs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aucune différence entre les deux textes.</source>
        <translation>No differences between the two texts.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>1 paragraphe inchangé</source>
        <translation>1 unchanged paragraph</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 paragraphes inchangés</source>
        <translation>%1 unchanged paragraphs</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+34"/>
        <source>Les deux textes sont vides.</source>
        <translation>Both texts are empty.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Le texte est vide.</source>
        <translation>The text is empty.</translation>
    </message>
</context>
<context>
    <name>draft_import_dialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/draft_import_dialog.py" line="-261"/>
        <source>Importer un texte Word</source>
        <translation>Import a Word document</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>l&apos;import du texte Word « %1 »</source>
        <translation>importing the Word document “%1”</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>titre</source>
        <translation>heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>titres</source>
        <translation>headings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>considérant</source>
        <translation>recital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>considérants</source>
        <translation>recitals</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paragraphe</source>
        <translation>paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paragraphes</source>
        <translation>paragraphs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recommandation</source>
        <translation>recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recommandations</source>
        <translation>recommendations</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>élément de liste</source>
        <translation>list item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>éléments de liste</source>
        <translation>list items</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mot</source>
        <translation>word</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mots</source>
        <translation>words</translation>
    </message>
</context>
<context>
    <name>edit</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/text/keys.py" line="+80"/>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annuler %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rétablir %1</source>
        <translation>Redo %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Couper</source>
        <translation>Cut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Coller</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tout sélectionner</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type du paragraphe</source>
        <translation>Paragraph type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Titre de niveau 1</source>
        <translation>Level 1 heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titre de niveau 2</source>
        <translation>Level 2 heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Titre de niveau 3</source>
        <translation>Level 3 heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphe numéroté</source>
        <translation>Numbered paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Considérant</source>
        <translation>Recital</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommandation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gras</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Italique</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste à puces</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liste numérotée</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monter le paragraphe</source>
        <translation>Move paragraph up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Descendre le paragraphe</source>
        <translation>Move paragraph down</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/deliberation/errors.py" line="+8"/>
        <location line="+1"/>
        <source>droits insuffisants</source>
        <translation>insufficient permissions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support en lecture seule</source>
        <translation>read-only medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>disque plein</source>
        <translation>disk full</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>quota disque dépassé</source>
        <translation>disk quota exceeded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fichier ou dossier introuvable</source>
        <translation>file or folder not found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>un élément du chemin n&apos;est pas un dossier</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>c&apos;est un dossier</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le fichier existe déjà</source>
        <translation>the file already exists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nom trop long</source>
        <translation>name too long</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>erreur d&apos;entrée-sortie du disque</source>
        <translation>disk input/output error</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>fichier ou dossier inaccessible (droits, support en lecture seule ou dossier absent)</source>
        <translation>file or folder inaccessible (permissions, read-only medium or missing folder)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>support ou fichier en lecture seule</source>
        <translation>read-only medium or file</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>verrouillé par un autre programme</source>
        <translation>locked by another program</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>fichier endommagé</source>
        <translation>damaged file</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>erreur système</source>
        <translation>system error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>erreur système n° {errno}</source>
        <translation>system error {errno}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>erreur SQLite « {message} »</source>
        <translation>SQLite error “{message}”</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/exports/amendments_table.py" line="+246"/>
        <source>L&apos;avis n&apos;a pas de paragraphe « {name} » : donnez des numéros de paragraphes (« 3,4 », « 3-6 ») ou de recommandations (« R2 »).</source>
        <translation>The opinion has no paragraph “{name}”: give paragraph numbers (“3,4”, “3-6”) or recommendation numbers (“R2”).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Aucun paragraphe choisi : donnez par exemple « 3,4 » ou « R2 ».</source>
        <translation>No paragraph chosen: give, for example, “3,4” or “R2”.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/exports/calendar.py" line="+67"/>
        <source>Aucune séance à exporter : aucun fichier n&apos;a été écrit.</source>
        <translation>No meetings to export: no file has been written.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/exports/files.py" line="+35"/>
        <source>Impossible d&apos;écrire « {target} » : c&apos;est un dossier.</source>
        <translation>Cannot write “{target}”: it is a folder.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Impossible d&apos;écrire dans le dossier « {folder} » : {reason}.</source>
        <translation>Cannot write to the folder “{folder}”: {reason}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Impossible d&apos;écrire « {target} » : {reason}.</source>
        <translation>Cannot write “{target}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/exports/meeting_docx.py" line="+131"/>
        <source>Le logo « {name} » n&apos;a pas pu être lu comme une image (PNG ou JPEG).</source>
        <translation>The logo “{name}” could not be read as an image (PNG or JPEG).</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/exports/opinion_package.py" line="+131"/>
        <source>Les styles du modèle « {name} » sont trop volumineux.</source>
        <translation>The styles of the template “{name}” are too large.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le modèle « {name} » n&apos;a pas de styles Word : choisissez un document .docx.</source>
        <translation>The template “{name}” has no Word styles: choose a .docx document.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le modèle « {name} » est compressé d&apos;une manière que l&apos;application ne sait pas lire : enregistrez-le à nouveau depuis Word ou LibreOffice au format .docx.</source>
        <translation>The template “{name}” is compressed in a way the application cannot read: save it again from Word or LibreOffice in .docx format.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Le modèle « {name} » est protégé par un mot de passe : enregistrez-le sans mot de passe puis choisissez-le à nouveau.</source>
        <translation>The template “{name}” is password-protected: save it without a password, then choose it again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le modèle « {name} » n&apos;est pas un document Word lisible : choisissez un fichier .docx ou .dotx.</source>
        <translation>The template “{name}” is not a readable Word document: choose a .docx or .dotx file.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Les styles du modèle « {name} » sont endommagés.</source>
        <translation>The styles of the template “{name}” are damaged.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/exports/synthesis_common.py" line="+40"/>
        <location filename="../../src/deliberation/services/synthesis_export.py" line="+56"/>
        <source>Aucune consultation à exporter : choisissez-en au moins une.</source>
        <translation>No consultations to export: choose at least one.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/mail/message.py" line="+63"/>
        <source>Indiquez l&apos;adresse d&apos;expéditeur du secrétariat dans les réglages d&apos;envoi avant de préparer des messages.</source>
        <translation>Enter the secretariat&apos;s sender address in the sending settings before preparing messages.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le message « {subject} » n&apos;a aucun destinataire.</source>
        <translation>The message “{subject}” has no recipients.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Une adresse du message « {subject} » n&apos;est pas valide ({exc}).</source>
        <translation>An address in the message “{subject}” is not valid ({exc}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Méthode d&apos;invitation inconnue : « {method} ».</source>
        <translation>Unknown invitation method: “{method}”.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/mail/transport.py" line="+63"/>
        <source>l&apos;expéditeur {sender} a été refusé</source>
        <translation>the sender {sender} was refused</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>le destinataire {refused} refusé(s)</source>
        <translation>recipient {refused} refused</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>les destinataires {refused} refusé(s)</source>
        <translation>recipients {refused} refused</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>le contenu du message a été refusé</source>
        <translation>the message content was refused</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>La connexion au serveur {host} a été perdue juste après l&apos;envoi du message : le serveur l&apos;a peut-être reçu ; vérifiez avant de le renvoyer.</source>
        <translation>The connection to the server {host} was lost just after the message was sent: the server may have received it; check before sending it again.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>le message a été refusé</source>
        <translation>the message was refused</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La connexion au serveur {host} a été perdue ({reason}) ; les messages non envoyés partiront au prochain envoi.</source>
        <translation>The connection to the server {host} was lost ({reason}); unsent messages will go out with the next send.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>La connexion au serveur {host} a été perdue ; les messages non envoyés partiront au prochain envoi.</source>
        <translation>The connection to the server {host} was lost; unsent messages will go out with the next send.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Indiquez le serveur d&apos;envoi (SMTP) dans les réglages d&apos;envoi.</source>
        <translation>Enter the outgoing mail server (SMTP) in the sending settings.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sécurité de connexion inconnue : « {security} ».</source>
        <translation>Unknown connection security: “{security}”.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Le serveur {where} ne propose pas STARTTLS ; choisissez une autre sécurité de connexion.</source>
        <translation>The server {where} does not offer STARTTLS; choose another connection security.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Le mot de passe de {user} sur {host} est nécessaire.</source>
        <translation>The password for {user} on {host} is required.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Le serveur {where} a refusé l&apos;identifiant ou le mot de passe de {user} ({reason}).</source>
        <translation>The server {where} refused the user name or password for {user} ({reason}).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Le serveur {where} n&apos;accepte pas d&apos;identification ; videz l&apos;identifiant dans les réglages d&apos;envoi.</source>
        <translation>The server {where} does not accept authentication; clear the user name in the sending settings.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>La connexion sécurisée au serveur {where} a échoué ({reason}).</source>
        <translation>The secure connection to the server {where} failed ({reason}).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>ce nom de serveur est inconnu</source>
        <translation>this server name is unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connexion refusée</source>
        <translation>connection refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>le serveur ne répond pas</source>
        <translation>the server does not answer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Impossible de joindre le serveur {where} : {what}.</source>
        <translation>Cannot reach the server {where}: {what}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Impossible d&apos;ouvrir une session avec le serveur {where} ({detail}).</source>
        <translation>Cannot open a session with the server {where} ({detail}).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Le serveur a refusé le message : {what} : {reason}.</source>
        <translation>The server refused the message: {what}: {reason}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le serveur a refusé le message : {what}.</source>
        <translation>The server refused the message: {what}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/resources.py" line="+34"/>
        <source>Les fichiers de données de l&apos;application sont introuvables.</source>
        <translation>The application&apos;s data files cannot be found.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Le fichier de données {name} est introuvable.</source>
        <translation>The data file {name} cannot be found.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Le fichier de données {name} est illisible : {reason}.</source>
        <translation>The data file {name} is unreadable: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/review/answers_reader.py" line="+44"/>
        <source>« {name} » n&apos;est pas un formulaire de réponse : choisissez le fichier Word (.docx) ou tableur (.xlsx) renvoyé par l&apos;organisation.</source>
        <translation>“{name}” is not an answer form: choose the Word (.docx) or spreadsheet (.xlsx) file returned by the organisation.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Le fichier « {name} » n&apos;est pas un formulaire de réponse de Délibération : il ne porte ni la consultation ni les sujets auxquels il répond.</source>
        <translation>The file “{name}” is not a Délibération answer form: it names neither the consultation nor the subjects it answers.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Le fichier « {name} » est endommagé ou n&apos;est pas un classeur Excel (.xlsx) : demandez à l&apos;organisation de le renvoyer.</source>
        <translation>The file “{name}” is damaged or is not an Excel workbook (.xlsx): ask the organisation to send it again.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/review/docx_package.py" line="+40"/>
        <source>Le fichier {quoted} n&apos;est pas un document Word (.docx).</source>
        <translation>The file {quoted} is not a Word document (.docx).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le fichier {quoted} est trop volumineux pour être importé (plus de {megabytes} Mo).</source>
        <translation>The file {quoted} is too large to be imported (more than {megabytes} MB).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Le fichier {quoted} est trop volumineux une fois décompressé (plus de {megabytes} Mo ou compression anormale) : il n&apos;est pas importé.</source>
        <translation>The file {quoted} is too large once decompressed (more than {megabytes} MB or abnormal compression): it has not been imported.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Le fichier {quoted} est compressé d&apos;une manière que l&apos;application ne sait pas lire : enregistrez-le à nouveau depuis Word ou LibreOffice au format .docx, puis importez-le.</source>
        <translation>The file {quoted} is compressed in a way the application cannot read: save it again from Word or LibreOffice in .docx format, then import it.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>est illisible</source>
        <translation>is unreadable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le fichier {quoted} est endommagé : sa partie {part} {why}.</source>
        <translation>The file {quoted} is damaged: its part {part} {why}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>contient une déclaration de type de document, refusée par sécurité</source>
        <translation>contains a document type declaration, refused for security reasons</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{quoted} est un dossier, pas un document Word.</source>
        <translation>{quoted} is a folder, not a Word document.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{quoted} n&apos;est pas un fichier ordinaire.</source>
        <translation>{quoted} is not a regular file.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le fichier {quoted} ne peut pas être lu : {reason}.</source>
        <translation>The file {quoted} cannot be read: {reason}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Le fichier {quoted} contient plus de {MAX_MEMBERS} éléments : ce n&apos;est pas un document Word ordinaire, il n&apos;est pas importé.</source>
        <translation>The file {quoted} contains more than {MAX_MEMBERS} items: it is not an ordinary Word document and has not been imported.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Le fichier {quoted} est protégé par un mot de passe : enregistrez-le sans mot de passe puis importez-le à nouveau.</source>
        <translation>The file {quoted} is password-protected: save it without a password, then import it again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le fichier {quoted} est au format Word 97-2003 (.doc) : enregistrez-le au format « Document Word (.docx) » puis importez-le à nouveau.</source>
        <translation>The file {quoted} is in Word 97-2003 format (.doc): save it as “Word Document (.docx)”, then import it again.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le fichier {quoted} est chiffré ou au format Word 97-2003 (.doc) : enregistrez-le sans mot de passe au format « Document Word (.docx) » puis importez-le à nouveau.</source>
        <translation>The file {quoted} is encrypted or in Word 97-2003 format (.doc): save it without a password as “Word Document (.docx)”, then import it again.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/review/docx_reader.py" line="+91"/>
        <location filename="../../src/deliberation/review/draft_reader.py" line="+195"/>
        <source>Le fichier « {name} » est au format « Document Open XML strict », que l&apos;import ne lit pas : enregistrez-le au format « Document Word (.docx) » puis importez-le à nouveau.</source>
        <translation>The file “{name}” is in “Strict Open XML Document” format, which the import cannot read: save it as “Word Document (.docx)”, then import it again.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/review/odt_reader.py" line="+84"/>
        <source>Le fichier « {name} » est au format Word 97-2003 (.doc) : enregistrez-le au format « Document Word (.docx) » ou « Texte OpenDocument (.odt) » puis importez-le à nouveau.</source>
        <translation>The file “{name}” is in Word 97-2003 format (.doc): save it as “Word Document (.docx)” or “OpenDocument Text (.odt)”, then import it again.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Le fichier « {name} » est un document OpenDocument mais pas un texte (.odt) : importez le document texte renvoyé.</source>
        <translation>The file “{name}” is an OpenDocument file but not a text document (.odt): import the text document that was returned.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le fichier « {name} » n&apos;est pas un document texte OpenDocument (.odt).</source>
        <translation>The file “{name}” is not an OpenDocument text document (.odt).</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/rules/connection.py" line="+30"/>
        <source>Indiquez le serveur (nom, adresse ou dossier de son socket).</source>
        <translation>Enter the server (name, address or socket folder).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indiquez le nom de la base sur ce serveur.</source>
        <translation>Enter the name of the database on this server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Indiquez votre identifiant sur le serveur.</source>
        <translation>Enter your user name on the server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le port est un nombre entre 1 et 65535.</source>
        <translation>The port is a number between 1 and 65535.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez un mode de chiffrement de la liste.</source>
        <translation>Choose an encryption mode from the list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le nom du serveur ne peut contenir ni espace ni « ? # @ ».</source>
        <translation>The server name cannot contain spaces or “? # @”.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/rules/mail_wording.py" line="+35"/>
        <source>du fichier « {origin} »</source>
        <translation>from the file “{origin}”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>de l&apos;application</source>
        <translation>built into the application</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le modèle « {kind} » ({part}) {where} a une accolade seule : écrivez {{{{ ou }}}} pour une accolade dans le texte.</source>
        <translation>The “{kind}” template ({part}) {where} has an unmatched brace: write {{{{ or }}}} for a brace in the text.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Le modèle « {kind} » ({part}) {where} contient le champ {shown}, inconnu : les champs possibles sont {join}.</source>
        <translation>The “{kind}” template ({part}) {where} contains the unknown field {shown}: the possible fields are {join}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/rules/meetings.py" line="+34"/>
        <source>Choisissez le type de séance.</source>
        <translation>Choose the meeting type.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choisissez le groupe de travail qui se réunit.</source>
        <translation>Choose the working group that is meeting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une réunion plénière réunit le comité, pas un groupe de travail.</source>
        <translation>A plenary meeting brings the committee together, not a working group.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statut de séance inconnu.</source>
        <translation>Unknown meeting status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Une séance ne peut être marquée « Tenue » qu&apos;à partir de son jour.</source>
        <translation>A meeting can only be marked “Held” from its date onwards.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La date de la séance est obligatoire.</source>
        <translation>The meeting date is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;heure de début est obligatoire.</source>
        <translation>The start time is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;heure de fin est obligatoire.</source>
        <translation>The end time is required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L&apos;heure de fin doit être postérieure à l&apos;heure de début.</source>
        <translation>The end time must be later than the start time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+25"/>
        <source>L&apos;intitulé</source>
        <translation>The title</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Le lieu</source>
        <translation>The location</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le lien de visioconférence doit être une adresse complète (https://…).</source>
        <translation>The video conference link must be a full address (https://…).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Un point est pour information, pour discussion ou pour décision.</source>
        <translation>An agenda item is for information, for discussion or for decision.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>L&apos;intitulé du point est obligatoire.</source>
        <translation>The agenda item title is required.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La durée d&apos;un point doit être comprise entre 1 et {MAX_ITEM_MINUTES} minutes.</source>
        <translation>The duration of an agenda item must be between 1 and {MAX_ITEM_MINUTES} minutes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../src/deliberation/services/positions.py" line="+351"/>
        <source>Un texte ne doit pas dépasser {TEXT_MAX} caractères.</source>
        <translation>A text must not exceed {TEXT_MAX} characters.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Un lien doit désigner un fichier, une adresse web ou une fiche.</source>
        <translation>A link must point to a file, a web address or a record.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statut de présence inconnu.</source>
        <translation>Unknown attendance status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Indiquez l&apos;organisation qui en représente une autre.</source>
        <translation>Enter the organisation that represents another one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une organisation ne peut pas se représenter elle-même.</source>
        <translation>An organisation cannot represent itself.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une organisation absente n&apos;a pas de délégué présent.</source>
        <translation>An absent organisation has no delegate present.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>La description de l&apos;action</source>
        <translation>The action description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Décrivez l&apos;action à mener.</source>
        <translation>Describe the action to be taken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Indiquez qui mène l&apos;action : une organisation ou un délégué.</source>
        <translation>Enter who is responsible for the action: an organisation or a delegate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Statut d&apos;action inconnu.</source>
        <translation>Unknown action status.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/rules/seed.py" line="+53"/>
        <source>Le fichier de données {file_name} est invalide : {reason}.</source>
        <translation>The data file {file_name} is invalid: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/rules/validation.py" line="+71"/>
        <source>{named} ne doit pas dépasser {limit} caractères.</source>
        <translation>{named} must not exceed {limit} characters.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Le sigle</source>
        <translation>The acronym</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le sigle est obligatoire.</source>
        <translation>The acronym is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le sigle contient des caractères non admis.</source>
        <translation>The acronym contains characters that are not allowed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le nom complet</source>
        <translation>The full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le nom complet est obligatoire.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choisissez le type d&apos;organisation.</source>
        <translation>Choose the organisation type.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source>Le nom</source>
        <translation>The name</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Le nom du délégué est obligatoire.</source>
        <translation>The delegate&apos;s last name is required.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le prénom</source>
        <translation>The first name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le prénom du délégué est obligatoire.</source>
        <translation>The delegate&apos;s first name is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;adresse électronique « {email} » n&apos;est pas valide.</source>
        <translation>The email address “{email}” is not valid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le délégué est titulaire ou suppléant.</source>
        <translation>The delegate is a full member or a substitute.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Le nom du groupe de travail est obligatoire.</source>
        <translation>The working group name is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choisissez le thème du groupe de travail.</source>
        <translation>Choose the working group&apos;s theme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statut de groupe inconnu.</source>
        <translation>Unknown group status.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/amendments_export.py" line="+98"/>
        <location filename="../../src/deliberation/services/synthesis_export.py" line="-10"/>
        <source>« {name} » n&apos;est ni un document Word ni un classeur : choisissez un fichier .docx ou .xlsx.</source>
        <translation>“{name}” is neither a Word document nor a spreadsheet: choose a .docx or .xlsx file.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/answers_import.py" line="+100"/>
        <source>Le formulaire « {name} » répond à une consultation que cette base ne connaît pas (autre base, ou consultation supprimée) : rien n&apos;a été importé.</source>
        <translation>The form “{name}” answers a consultation this database does not know (another database, or a deleted consultation): nothing has been imported.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{acronym} n&apos;est pas consultée sur « {title} » : rien n&apos;a été importé.</source>
        <translation>{acronym} is not consulted on “{title}”: nothing has been imported.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Le sujet n° {number} du formulaire « {name} » n&apos;est pas un sujet de la consultation « {title} » : rien n&apos;a été importé.</source>
        <translation>Subject {number} of the form “{name}” is not a subject of the consultation “{title}”: nothing has been imported.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Le sujet n° {number} du formulaire « {name} » a un texte mais pas de position : choisissez-la dans la liste, puis importez à nouveau.</source>
        <translation>Subject {number} of the form “{name}” has a text but no position: choose one from the list, then import again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>La position « {stance} » du sujet n° {number} du formulaire « {name} » n&apos;est pas l&apos;une de la liste ({stances}) : rien n&apos;a été importé.</source>
        <translation>The position “{stance}” of subject {number} of the form “{name}” is not one from the list ({stances}): nothing has been imported.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sujet n° {number} : {error} Rien n&apos;a été importé.</source>
        <translation>Subject {number}: {error} Nothing has been imported.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Le formulaire « {name} » ne donne aucune position : chaque sujet est resté sans réponse.</source>
        <translation>The form “{name}” gives no position: every subject was left unanswered.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Aucune organisation n&apos;a le sigle « {asked} » : choisissez l&apos;une des organisations du référentiel.</source>
        <translation>No organisation has the acronym “{asked}”: choose one of the organisations in the directory.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Le formulaire « {name} » a été envoyé à {acronym}, pas à {acronym2} : rien n&apos;a été importé.</source>
        <translation>The form “{name}” was sent to {acronym}, not to {acronym2}: nothing has been imported.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Le formulaire « {name} » ne dit pas quelle organisation répond : indiquez-la (--org SIGLE).</source>
        <translation>The form “{name}” does not say which organisation is answering: specify it (--org ACRONYM).</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/mailing.py" line="+64"/>
        <source>Aucun délégué avec une adresse électronique pour : {names} ; ces organisations ne recevront pas ce message.</source>
        <translation>No delegate with an email address for: {names}; these organisations will not receive this message.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Le fichier de modèles « {origin} » contient la section [{kind}], inconnue : les sections possibles sont {join}.</source>
        <translation>The template file “{origin}” contains the unknown section [{kind}]: the possible sections are {join}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Dans le fichier de modèles « {origin} », la section [{kind}] ne peut avoir que les textes « subject » et « body ».</source>
        <translation>In the template file “{origin}”, the section [{kind}] can only have the texts “subject” and “body”.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Cette séance a déjà eu lieu : il n&apos;y a plus de convocation à envoyer.</source>
        <translation>This meeting has already taken place: there is no longer a notice of meeting to send.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Indiquez d&apos;abord l&apos;adresse d&apos;expédition du secrétariat (deliberation mail settings --from ADRESSE) : l&apos;invitation en a besoin.</source>
        <translation>First enter the secretariat&apos;s sender address (deliberation mail settings --from ADDRESS): the invitation needs it.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>La consultation « {title} » n&apos;a aucun sujet : rien à envoyer.</source>
        <translation>The consultation “{title}” has no subjects: nothing to send.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/meetings.py" line="+131"/>
        <source>La règle choisie ne donne aucune date.</source>
        <translation>The chosen rule gives no dates.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Ce groupe de travail n&apos;existe pas.</source>
        <translation>This working group does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le groupe « {group} » est clos : il ne peut plus se réunir.</source>
        <translation>The group “{group}” is closed: it can no longer meet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Un même point figure deux fois à l&apos;ordre du jour.</source>
        <translation>The same item appears twice on the agenda.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Une organisation figure deux fois.</source>
        <translation>An organisation appears twice.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Un délégué présent doit appartenir à l&apos;organisation qu&apos;il représente.</source>
        <translation>A delegate marked present must belong to the organisation they represent.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location filename="../../src/deliberation/services/positions.py" line="-122"/>
        <location filename="../../src/deliberation/services/referential.py" line="+263"/>
        <source>Une des organisations choisies n&apos;existe plus.</source>
        <translation>One of the chosen organisations no longer exists.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Un des délégués choisis n&apos;existe plus.</source>
        <translation>One of the chosen delegates no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/offline_package.py" line="+144"/>
        <source>{path} est un dossier : choisissez un nom de fichier.</source>
        <translation>{path} is a folder: choose a file name.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Impossible d&apos;écrire le paquet {path} : {strerror}.</source>
        <translation>Cannot write the package {path}: {strerror}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../src/deliberation/store/users.py" line="+63"/>
        <source>Aucune organisation n&apos;a le sigle « {organisation} ».</source>
        <translation>No organisation has the acronym “{organisation}”.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Le fichier « {name} » n&apos;existe pas.</source>
        <translation>The file “{name}” does not exist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le fichier « {name} » n&apos;est pas un paquet lisible (inachevé, abîmé ou d&apos;une autre application).</source>
        <translation>The file “{name}” is not a readable package (incomplete, damaged or from another application).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Le fichier « {name} » n&apos;est pas un paquet lisible (inachevé ou abîmé).</source>
        <translation>The file “{name}” is not a readable package (incomplete or damaged).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Le fichier « {name} » est une base, pas un paquet d&apos;avis.</source>
        <translation>The file “{name}” is a database, not an opinion package.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le paquet « {name} » ne contient pas son avis.</source>
        <translation>The package “{name}” does not contain its opinion.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Le paquet « {name} » vient d&apos;une autre instance (« {their_body} ») : il ne peut pas être rapporté ici.</source>
        <translation>The package “{name}” comes from another body (“{their_body}”): it cannot be brought back here.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Le paquet « {name} » porte sur un avis que cette base ne contient pas (« {title} »).</source>
        <translation>The package “{name}” concerns an opinion that this database does not contain (“{title}”).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Le paquet « {name} » porte sur un autre avis (« {title} ») : ouvrez cet avis pour le rapporter.</source>
        <translation>The package “{name}” concerns another opinion (“{title}”): open that opinion to bring it back.</translation>
    </message>
    <message>
        <location line="+237"/>
        <source>Aucune des deux bases n&apos;est un paquet emporté hors ligne : sans le texte de départ, leurs modifications ne peuvent pas être fusionnées.</source>
        <translation>Neither of the two databases is a package taken offline: without the starting text, their changes cannot be merged.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Le paquet porte sur un autre avis : il ne peut pas être synchronisé.</source>
        <translation>The package concerns another opinion: it cannot be synchronised.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>L&apos;avis n&apos;existe pas dans cette base.</source>
        <translation>The opinion does not exist in this database.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/opinion_export.py" line="+86"/>
        <source>« {name} » n&apos;est ni un document Word ni un document OpenDocument : choisissez un fichier .docx ou .odt.</source>
        <translation>“{name}” is neither a Word document nor an OpenDocument document: choose a .docx or .odt file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Un modèle Word ne s&apos;applique qu&apos;à un export .docx : retirez le modèle ou choisissez un fichier .docx.</source>
        <translation>A Word template only applies to a .docx export: remove the template or choose a .docx file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le modèle « {name} » est introuvable.</source>
        <translation>The template “{name}” cannot be found.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choisissez une version de comparaison différente du texte exporté.</source>
        <translation>Choose a comparison version different from the exported text.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le nom d&apos;auteur ne doit pas dépasser {AUTHOR_MAX} caractères.</source>
        <translation>The author name must not exceed {AUTHOR_MAX} characters.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Le texte de cet avis est vide : il n&apos;y a rien à exporter.</source>
        <translation>The text of this opinion is empty: there is nothing to export.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/opinion_import.py" line="+77"/>
        <source>Le fichier « {name} » ne contient aucun texte à importer : il est vide, ou n&apos;a qu&apos;une page de titre.</source>
        <translation>The file “{name}” contains no text to import: it is empty, or has only a title page.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../src/deliberation/store/reading.py" line="+273"/>
        <location filename="../../src/deliberation/store/referential.py" line="+330"/>
        <source>Aucun groupe de travail n&apos;a l&apos;identifiant {group_id}.</source>
        <translation>No working group has the ID {group_id}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/opinions/amendments.py" line="+107"/>
        <source>Choisissez : remplacer, insérer après ou supprimer.</source>
        <translation>Choose: replace, insert after or delete.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Écrivez le texte proposé par l&apos;amendement.</source>
        <translation>Write the text proposed by the amendment.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La date de l&apos;amendement ne peut pas être à venir.</source>
        <translation>The amendment date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La justification ne doit pas dépasser {COMMENT_MAX} caractères.</source>
        <translation>The justification must not exceed {COMMENT_MAX} characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choisissez l&apos;organisation qui propose l&apos;amendement.</source>
        <translation>Choose the organisation proposing the amendment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le paragraphe visé n&apos;appartient pas à cet avis.</source>
        <translation>The targeted paragraph does not belong to this opinion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le paragraphe visé a été supprimé du texte : l&apos;amendement ne peut pas s&apos;y rattacher.</source>
        <translation>The targeted paragraph has been deleted from the text: the amendment cannot be attached to it.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Choisissez une décision.</source>
        <translation>Choose a decision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>L&apos;amendement est déjà « {status} ».</source>
        <translation>The amendment is already “{status}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cet amendement a déjà été tranché : rouvrez-le (« Proposé ») avant une autre décision.</source>
        <translation>This amendment has already been decided: reopen it (“Proposed”) before another decision.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Écrivez le texte retenu pour l&apos;amendement modifié.</source>
        <translation>Write the final text of the amended amendment.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le paragraphe visé par cet amendement a été supprimé du texte : l&apos;amendement ne peut pas être appliqué. Rejetez-le ou retirez-le.</source>
        <translation>The paragraph targeted by this amendment has been deleted from the text: the amendment cannot be applied. Reject it or withdraw it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Le texte retenu est vide.</source>
        <translation>The final text is empty.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cet amendement vient d&apos;être tranché par ailleurs (« {status} ») : rouvrez-le (« Proposé ») avant une autre décision.</source>
        <translation>This amendment has just been decided elsewhere (“{status}”): reopen it (“Proposed”) before another decision.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choisissez un traitement : favorable, défavorable, retrait demandé ou satisfait.</source>
        <translation>Choose a recommendation: in favour, against, withdrawal requested or already covered.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../src/deliberation/services/opinions/versions.py" line="+33"/>
        <source>La note ne doit pas dépasser {NOTE_MAX} caractères.</source>
        <translation>The note must not exceed {NOTE_MAX} characters.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choisissez le traitement proposé auquel se rapporte la note.</source>
        <translation>Choose the recommendation the note refers to.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>L&apos;amendement a déjà ce traitement proposé et cette note.</source>
        <translation>The amendment already has this recommendation and this note.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cet amendement a été supprimé par ailleurs : son traitement ne peut plus être proposé.</source>
        <translation>This amendment has been deleted elsewhere: a recommendation can no longer be made on it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Le traitement proposé de cet amendement vient d&apos;être changé par ailleurs (« {status} ») : relisez-le avant de le modifier.</source>
        <translation>The recommendation on this amendment has just been changed elsewhere (“{status}”): review it before changing it.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/opinions/comments.py" line="+27"/>
        <source>Le commentaire est vide.</source>
        <translation>The comment is empty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Un commentaire ne doit pas dépasser {COMMENT_MAX} caractères.</source>
        <translation>A comment must not exceed {COMMENT_MAX} characters.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Le paragraphe commenté a été supprimé du texte.</source>
        <translation>The commented paragraph has been deleted from the text.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/opinions/description.py" line="+62"/>
        <location filename="../../src/deliberation/store/opinions.py" line="+174"/>
        <location line="+97"/>
        <location line="+93"/>
        <location line="+142"/>
        <location line="+177"/>
        <location line="+86"/>
        <location filename="../../src/deliberation/store/packages.py" line="+106"/>
        <source>Aucun avis n&apos;a l&apos;identifiant {opinion_id}.</source>
        <translation>No opinion has the ID {opinion_id}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choisissez un état de l&apos;avis.</source>
        <translation>Choose a status for the opinion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>L&apos;avis est déjà « {status} ».</source>
        <translation>The opinion is already “{status}”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>La date d&apos;un changement d&apos;état ne peut pas être à venir.</source>
        <translation>The date of a status change cannot be in the future.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La date ne peut pas précéder le dernier changement ({last}).</source>
        <translation>The date cannot be earlier than the last change ({last}).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choisissez le type : avis, recommandation ou contribution.</source>
        <translation>Choose the type: opinion, recommendation or contribution.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le titre est obligatoire.</source>
        <translation>The title is required.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Le titre ne doit pas dépasser {TITLE_MAX} caractères.</source>
        <translation>The title must not exceed {TITLE_MAX} characters.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le groupe de travail choisi n&apos;existe plus.</source>
        <translation>The chosen working group no longer exists.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Un des rapporteurs choisis n&apos;existe plus.</source>
        <translation>One of the chosen rapporteurs no longer exists.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Un des points de l&apos;ordre du jour choisis n&apos;existe plus.</source>
        <translation>One of the chosen agenda items no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/opinions/proposals.py" line="+115"/>
        <source>le texte enregistré est vide, il n&apos;a aucun paragraphe où les rattacher</source>
        <translation>the saved text is empty: it has no paragraph to attach them to</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/opinions/text.py" line="+71"/>
        <location line="+32"/>
        <source>Deux paragraphes portent la même identité.</source>
        <translation>Two paragraphs have the same identity.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Un paragraphe ne doit pas dépasser {PARAGRAPH_MAX} caractères.</source>
        <translation>A paragraph must not exceed {PARAGRAPH_MAX} characters.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/opinions/versions.py" line="+11"/>
        <source>Le texte est vide : il n&apos;y a rien à figer.</source>
        <translation>The text is empty: there is nothing to freeze.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/outbox.py" line="+109"/>
        <source>Sécurité inconnue : « {security} » (attendu : {choices}).</source>
        <translation>Unknown security: “{security}” (expected: {choices}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le port {port} n&apos;existe pas (de 1 à 65535).</source>
        <translation>Port {port} does not exist (1 to 65535).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le nom de serveur « {host} » n&apos;est pas valide.</source>
        <translation>The server name “{host}” is not valid.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;adresse d&apos;expéditeur « {sender} » n&apos;est pas valide.</source>
        <translation>The sender address “{sender}” is not valid.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sorte de message inconnue : « {kind} ».</source>
        <translation>Unknown message kind: “{kind}”.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Le message n° {entry_id} est en cours d&apos;envoi ; attendez la fin de l&apos;envoi.</source>
        <translation>Message {entry_id} is being sent; wait until sending has finished.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Indiquez d&apos;abord une adresse d&apos;expéditeur valide : l&apos;essai lui est envoyé.</source>
        <translation>First enter a valid sender address: the test message is sent to it.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Impossible de créer le dossier « {folder} » : {reason}.</source>
        <translation>Cannot create the folder “{folder}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/positions.py" line="-92"/>
        <source>Le sujet « {label} » a déjà {count} positions : il ne peut pas être retiré.</source>
        <translation>The subject “{label}” already has {count} positions: it cannot be removed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Le sujet « {label} » a déjà {count} position : il ne peut pas être retiré.</source>
        <translation>The subject “{label}” already has {count} position: it cannot be removed.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{join} a déjà répondu : l&apos;organisation ne peut pas être retirée de la consultation.</source>
        <translation>{join} has already answered: the organisation cannot be removed from the consultation.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>L&apos;intitulé de la consultation est obligatoire.</source>
        <translation>The consultation title is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&apos;intitulé ne doit pas dépasser {NAME_MAX} caractères.</source>
        <translation>The title must not exceed {NAME_MAX} characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La date d&apos;ouverture est obligatoire.</source>
        <translation>The opening date is required.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La date limite ne peut pas précéder la date d&apos;ouverture.</source>
        <translation>The deadline cannot be earlier than the opening date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une consultation porte sur au moins un sujet.</source>
        <translation>A consultation covers at least one subject.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chaque sujet a un type et un intitulé.</source>
        <translation>Each subject has a type and a title.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choisissez les organisations consultées.</source>
        <translation>Choose the organisations to consult.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les seuils de la règle de consensus sont des nombres positifs.</source>
        <translation>The consensus rule thresholds are positive numbers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>La règle demande {min_answers} réponses pour {count} organisations consultées.</source>
        <translation>The rule requires {min_answers} answers for {count} consulted organisations.</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Choisissez la position de l&apos;organisation.</source>
        <translation>Choose the organisation&apos;s position.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Une position favorable sous réserve doit énoncer la réserve.</source>
        <translation>An “In favour with reservations” position must state the reservation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Une position ne peut pas avoir été reçue après aujourd&apos;hui ({numeric_date}).</source>
        <translation>A position cannot have been received after today ({numeric_date}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Indiquez d&apos;où vient la position.</source>
        <translation>Enter where the position comes from.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ce sujet n&apos;existe plus.</source>
        <translation>This subject no longer exists.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{acronym} n&apos;est pas consultée sur « {title} ».</source>
        <translation>{acronym} is not consulted on “{title}”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{acronym} n&apos;est pas membre du comité le {numeric_date}.</source>
        <translation>{acronym} is not a member of the committee on {numeric_date}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{acronym} a déjà une position sur ce sujet : modifiez-la plutôt que d&apos;en enregistrer une seconde.</source>
        <translation>{acronym} already has a position on this subject: edit it rather than recording a second one.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/referential.py" line="-94"/>
        <location line="+22"/>
        <source>Le sigle « {acronym} » est déjà utilisé.</source>
        <translation>The acronym “{acronym}” is already in use.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Choisissez l&apos;organisation que le délégué représente.</source>
        <translation>Choose the organisation the delegate represents.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Un groupe de travail s&apos;appelle déjà « {name} ».</source>
        <translation>A working group is already called “{name}”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce thème n&apos;existe pas.</source>
        <translation>This theme does not exist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Le président doit être un délégué d&apos;une organisation membre du groupe.</source>
        <translation>The chair must be a delegate of a member organisation of the group.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Les rapporteurs doivent être des délégués d&apos;organisations membres du groupe.</source>
        <translation>The rapporteurs must be delegates of member organisations of the group.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/review_import.py" line="+110"/>
        <source>Le fichier « {name} » est l&apos;export d&apos;un autre avis (« {title} ») : ouvrez cet avis pour l&apos;importer.</source>
        <translation>The file “{name}” is the export of another opinion (“{title}”): open that opinion to import it.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Aucune organisation n&apos;a le sigle « {organisation} » : choisissez l&apos;une des organisations du référentiel.</source>
        <translation>No organisation has the acronym “{organisation}”: choose one of the organisations in the directory.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Le fichier « {name} » ne correspond pas à cet avis : ni ses repères ni son texte ne se retrouvent dans les exports de l&apos;avis.</source>
        <translation>The file “{name}” does not match this opinion: neither its markers nor its text can be found in the opinion&apos;s exports.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le fichier « {name} » ne correspond à aucun avis exporté : ni ses repères ni son texte ne se retrouvent dans les exports enregistrés.</source>
        <translation>The file “{name}” does not match any exported opinion: neither its markers nor its text can be found in the saved exports.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/backup.py" line="+44"/>
        <source>La copie ne peut pas remplacer la base elle-même ; choisissez un autre nom.</source>
        <translation>The copy cannot replace the database itself; choose another name.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{target} est un dossier ; choisissez un nom de fichier.</source>
        <translation>{target} is a folder; choose a file name.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Impossible de copier la base vers {target} : {reason}.</source>
        <translation>Cannot copy the database to {target}: {reason}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Impossible d&apos;enregistrer la copie de la base dans {target} : {reason}.</source>
        <translation>Cannot save the copy of the database to {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/database.py" line="+199"/>
        <source>Aucune base n&apos;existe à l&apos;emplacement {missing}.</source>
        <translation>No database exists at {missing}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} est un dossier, pas un fichier de base.</source>
        <translation>{path} is a folder, not a database file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} n&apos;est pas un fichier ordinaire (tube, périphérique ou autre) : ce ne peut pas être une base.</source>
        <translation>{path} is not a regular file (pipe, device or other): it cannot be a database.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Aucune base n&apos;existe à l&apos;emplacement {path}.</source>
        <translation>No database exists at {path}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>La base {path} vient d&apos;une version antérieure et doit être mise à jour, mais le fichier est en lecture seule ; copiez-la dans un dossier où vous pouvez écrire.</source>
        <translation>The database {path} comes from an earlier version and must be updated, but the file is read-only; copy it to a folder you can write to.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>La base {path} doit être mise à jour avant d&apos;être utilisée.</source>
        <translation>The database {path} must be updated before it can be used.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Impossible de mettre à jour la base {path} : {reason}.</source>
        <translation>Cannot update the database {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Impossible de créer le dossier de la base {parent} : {reason}.</source>
        <translation>Cannot create the database folder {parent}: {reason}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <location line="+22"/>
        <source>Impossible de créer la base {path} : {reason}.</source>
        <translation>Cannot create the database {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location filename="../../src/deliberation/store/sqlite_file.py" line="+137"/>
        <source>La base {location} est endommagée.</source>
        <translation>The database {location} is damaged.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>La base {safe_location} ne répond pas : {first_line}.</source>
        <translation>The database {safe_location} is not responding: {first_line}.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Impossible de sauvegarder la base avant sa mise à jour : {reason}.</source>
        <translation>Cannot back up the database before updating it: {reason}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>La mise à jour de la base a été annulée : elle aurait laissé des références brisées ({count}).</source>
        <translation>The database update was cancelled: it would have left broken references ({count}).</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Le pilote de base de données pour {scheme} n&apos;est pas installé.</source>
        <translation>The database driver for {scheme} is not installed.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Adresse de base invalide : le type de base « {scheme} » n&apos;est pas pris en charge (utilisez un chemin de fichier ou une adresse postgresql+psycopg://…).</source>
        <translation>Invalid database address: the database type “{scheme}” is not supported (use a file path or a postgresql+psycopg://… address).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Adresse de base invalide : « {safe_location} » n&apos;est pas une adresse de base de données.</source>
        <translation>Invalid database address: “{safe_location}” is not a database address.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>La base {safe_location} n&apos;est pas une base Délibération.</source>
        <translation>The database {safe_location} is not a Délibération database.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>La base {safe_location} a été écrite par une version plus récente de Délibération (schéma {revision}) ; mettez l&apos;application à jour pour l&apos;ouvrir.</source>
        <translation>The database {safe_location} was written by a newer version of Délibération (schema {revision}); update the application to open it.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>La base {safe_location} doit être mise à jour.</source>
        <translation>The database {safe_location} must be updated.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>La base partagée {safe_location} vient d&apos;une version antérieure (schéma {revision}) et doit être mise à jour : faites-en d&apos;abord une sauvegarde (pg_dump), ou confirmez qu&apos;il en existe une.</source>
        <translation>The shared database {safe_location} comes from an earlier version (schema {revision}) and must be updated: back it up first (pg_dump), or confirm that a backup exists.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/meetings.py" line="+178"/>
        <location filename="../../src/deliberation/store/reading.py" line="+79"/>
        <source>Aucune séance n&apos;a l&apos;identifiant {meeting_id}.</source>
        <translation>No meeting has the ID {meeting_id}.</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Aucune action n&apos;a l&apos;identifiant {action_id}.</source>
        <translation>No action has the ID {action_id}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/opinion_reviews.py" line="+92"/>
        <source>Aucun amendement n&apos;a l&apos;identifiant {amendment_id}.</source>
        <translation>No amendment has the ID {amendment_id}.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cet amendement n&apos;existe plus.</source>
        <translation>This amendment no longer exists.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/opinions.py" line="-384"/>
        <location line="+136"/>
        <source>Un paragraphe collé appartient à un autre avis : il a été recopié.</source>
        <translation>A pasted paragraph belongs to another opinion: it has been copied.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Un nouveau paragraphe n&apos;a pas de place dans le texte.</source>
        <translation>A new paragraph has no place in the text.</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+11"/>
        <source>Cet avis n&apos;a pas de version {number}.</source>
        <translation>This opinion has no version {number}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/outbox.py" line="+110"/>
        <location line="+14"/>
        <source>Aucun message de la boîte d&apos;envoi n&apos;a l&apos;identifiant {entry_id}.</source>
        <translation>No message in the outbox has the ID {entry_id}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/pg_backup.py" line="+32"/>
        <source>pg_dump n&apos;est pas installé sur ce poste : faites la sauvegarde de la base autrement, puis confirmez qu&apos;elle existe.</source>
        <translation>pg_dump is not installed on this computer: back up the database another way, then confirm that the backup exists.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>La sauvegarde par pg_dump a échoué ({reason}) : la base n&apos;a pas été mise à jour.</source>
        <translation>The pg_dump backup failed ({reason}): the database has not been updated.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>La sauvegarde par pg_dump n&apos;a pas abouti dans le temps imparti : la base n&apos;a pas été mise à jour.</source>
        <translation>The pg_dump backup did not finish in the time allowed: the database has not been updated.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Impossible d&apos;écrire la sauvegarde {target} : {reason}.</source>
        <translation>Cannot write the backup {target}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/positions.py" line="+140"/>
        <location filename="../../src/deliberation/store/reading.py" line="+215"/>
        <source>Aucune consultation n&apos;a l&apos;identifiant {consultation_id}.</source>
        <translation>No consultation has the ID {consultation_id}.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>Aucune position n&apos;a l&apos;identifiant {position_id}.</source>
        <translation>No position has the ID {position_id}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/reading.py" line="-477"/>
        <location filename="../../src/deliberation/store/sqlite_file.py" line="-50"/>
        <source>La base {path} est endommagée.</source>
        <translation>The database {path} is damaged.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/referential.py" line="-201"/>
        <source>Aucune organisation n&apos;a l&apos;identifiant {organisation_id}.</source>
        <translation>No organisation has the ID {organisation_id}.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type d&apos;organisation inconnu : {kind_key}.</source>
        <translation>Unknown organisation type: {kind_key}.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Aucun délégué n&apos;a l&apos;identifiant {delegate_id}.</source>
        <translation>No delegate has the ID {delegate_id}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/roles.py" line="+68"/>
        <source>Les rôles n&apos;existent que sur une base partagée (PostgreSQL) : une base locale est celle d&apos;une seule personne, qui peut tout y faire.</source>
        <translation>Roles only exist on a shared database (PostgreSQL): a local database belongs to a single person, who can do everything in it.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Vous n&apos;avez pas le droit de créer des rôles ni de donner des droits sur cette base : lancez la commande avec l&apos;identifiant de son propriétaire.</source>
        <translation>You are not allowed to create roles or grant permissions on this database: run the command with its owner&apos;s user name.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Aucun identifiant « {login} » n&apos;existe sur ce serveur.</source>
        <translation>No user name “{login}” exists on this server.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Les rôles de Délibération n&apos;existent pas encore sur ce serveur : créez-les d&apos;abord (commande « admin roles »).</source>
        <translation>The Délibération roles do not exist on this server yet: create them first (command “admin roles”).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Vous n&apos;avez pas le droit de donner des rôles sur ce serveur : lancez la commande avec un identifiant qui administre les rôles.</source>
        <translation>You are not allowed to grant roles on this server: run the command with a user name that administers roles.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/seed.py" line="+101"/>
        <source>Le fichier de données initiales est incomplet ({exc}).</source>
        <translation>The initial data file is incomplete ({exc}).</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/sqlite_file.py" line="-34"/>
        <source>Impossible de lire le fichier {path} : {reason}.</source>
        <translation>Cannot read the file {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Le fichier {path} n&apos;est pas une base Délibération.</source>
        <translation>The file {path} is not a Délibération database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Le fichier {path} est une base SQLite d&apos;une autre application, pas une base Délibération.</source>
        <translation>The file {path} is an SQLite database from another application, not a Délibération database.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>La base {path} n&apos;indique pas sa version.</source>
        <translation>The database {path} does not state its version.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>La base {path} a été écrite par une version plus récente de Délibération (schéma {revision}) ; mettez l&apos;application à jour pour l&apos;ouvrir.</source>
        <translation>The database {path} was written by a newer version of Délibération (schema {revision}); update the application to open it.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>La base {location} est verrouillée par un autre programme ; réessayez plus tard.</source>
        <translation>The database {location} is locked by another program; try again later.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Le fichier {location} n&apos;est pas une base Délibération.</source>
        <translation>The file {location} is not a Délibération database.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Impossible d&apos;écrire dans la base {location} : {reason} ; copiez-la dans un dossier où vous pouvez écrire.</source>
        <translation>Cannot write to the database {location}: {reason}; copy it to a folder you can write to.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Impossible d&apos;utiliser la base {location} : {reason}.</source>
        <translation>Cannot use the database {location}: {reason}.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/store/users.py" line="-15"/>
        <source>L&apos;identifiant est un nom de 1 à {LOGIN_MAX} caractères.</source>
        <translation>The user name must be 1 to {LOGIN_MAX} characters long.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Le nom est un texte de 1 à {NAME_MAX} caractères.</source>
        <translation>The name must be 1 to {NAME_MAX} characters long.</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/rules/file_names.py" line="+17"/>
        <source>document Word</source>
        <translation>Word document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document OpenDocument</source>
        <translation>OpenDocument document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>classeur</source>
        <translation>spreadsheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calendrier</source>
        <translation>calendar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>document PDF</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paquet hors ligne</source>
        <translation>offline package</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>« {name} » ne peut pas recevoir cet export : son nom doit se terminer par {choices}, pas par {suffix}.</source>
        <translation>“{name}” cannot receive this export: its name must end in {choices}, not in {suffix}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{suffix} ({kind})</source>
        <translation>{suffix} ({kind})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{first} ou {rest}</source>
        <translation>{first} or {rest}</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/shell/guide.py" line="-146"/>
        <source>Le guide de l&apos;utilisateur est introuvable dans l&apos;installation.</source>
        <translation>The user guide cannot be found in the installation.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/export_dialog.py" line="-329"/>
        <source>Version %1 du %2</source>
        <translation>Version %1 of %2</translation>
    </message>
</context>
<context>
    <name>exporting</name>
    <message>
        <location filename="../../src/deliberation/ui/kit/exporting.py" line="+31"/>
        <source>En Word…</source>
        <translation>To Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En tableur…</source>
        <translation>To spreadsheet…</translation>
    </message>
</context>
<context>
    <name>import_preview</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/import_preview.py" line="+33"/>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../src/deliberation/records/access.py" line="+23"/>
        <source>secrétariat</source>
        <translation>secretariat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rapporteur</source>
        <translation>rapporteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lecture</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/records/connection.py" line="+13"/>
        <source>Sans chiffrement (disable)</source>
        <translation>No encryption (disable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiffré si le serveur le permet (prefer)</source>
        <translation>Encrypted if the server allows it (prefer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiffrement exigé (require)</source>
        <translation>Encryption required (require)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiffré, certificat du serveur vérifié (verify-full)</source>
        <translation>Encrypted, server certificate verified (verify-full)</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/records/home.py" line="+18"/>
        <source>Ordre du jour vide</source>
        <translation>Agenda empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordre du jour en préparation</source>
        <translation>Agenda being prepared</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convocation envoyée</source>
        <translation>Notice of meeting sent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>délégué</source>
        <translation>delegate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>groupe de travail</source>
        <translation>working group</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>séance</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>point d&apos;ordre du jour</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../src/deliberation/services/search.py" line="+5"/>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>consultation</source>
        <translation>consultation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>position</source>
        <translation>position</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>avis</source>
        <translation>opinion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paragraphe d&apos;avis</source>
        <translation>opinion paragraph</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amendement</source>
        <translation>amendment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>commentaire</source>
        <translation>comment</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/records/mail.py" line="+11"/>
        <source>Convocation</source>
        <translation>Notice of meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deliberation/services/search.py" line="-51"/>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relance</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diffusion du projet</source>
        <translation>Draft circulation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>À envoyer</source>
        <translation>To send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Envoyé</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Échec</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brouillon écrit</source>
        <translation>Draft written</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Aucune</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/records/meetings.py" line="+13"/>
        <source>Réunion plénière</source>
        <translation>Plenary meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Séance de groupe de travail</source>
        <translation>Working group meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journée de partage</source>
        <translation>Sharing day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conférence de consensus</source>
        <translation>Consensus conference</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prévue</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tenue</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reportée</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deliberation/services/search.py" line="-8"/>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Non renseignée</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Présente</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excusée</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absente</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Représentée</source>
        <translation>Represented</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>À faire</source>
        <translation>To do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Faite</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonnée</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>présente</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>présentes</source>
        <translation>present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>représentée</source>
        <translation>represented</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>représentées</source>
        <translation>represented</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>excusée</source>
        <translation>excused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>excusées</source>
        <translation>excused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>absente</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>absentes</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>non renseignée</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non renseignées</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fichier</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adresse web</source>
        <translation>Web address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fiche</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/records/opinion_labels.py" line="+9"/>
        <location filename="../../src/deliberation/services/search.py" line="+15"/>
        <source>Avis</source>
        <translation>Opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deliberation/records/opinions.py" line="+19"/>
        <source>Recommandation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projet</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En consultation</source>
        <translation>Under consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consolidé</source>
        <translation>Consolidated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adopté</source>
        <translation>Adopted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publié</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abandonné</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/records/opinions.py" line="-3"/>
        <source>Titre</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Considérant</source>
        <translation>Recital</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deliberation/services/search.py" line="+2"/>
        <source>Paragraphe</source>
        <translation>Paragraph</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste à puces</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liste numérotée</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remplacer le paragraphe</source>
        <translation>Replace the paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Insérer après le paragraphe</source>
        <translation>Insert after the paragraph</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supprimer le paragraphe</source>
        <translation>Delete the paragraph</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Proposé</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepté</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepté modifié</source>
        <translation>Accepted with changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejeté</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retiré</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/deliberation/records/positions.py" line="+16"/>
        <location filename="../../src/deliberation/ui/kit/looks.py" line="+23"/>
        <source>Favorable</source>
        <translation>In favour</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deliberation/records/positions.py" line="+2"/>
        <location filename="../../src/deliberation/ui/kit/looks.py" line="+2"/>
        <source>Défavorable</source>
        <translation>Against</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retrait demandé</source>
        <translation>Withdrawal requested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfait</source>
        <translation>Already covered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>À examiner</source>
        <translation>To be examined</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/records/positions.py" line="-6"/>
        <source>Secrétariat</source>
        <translation>Secretariat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Favorable sous réserve</source>
        <translation>In favour with reservations</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../src/deliberation/ui/kit/looks.py" line="+1"/>
        <source>Abstention</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deliberation/ui/kit/looks.py" line="+1"/>
        <source>Non exprimée</source>
        <translation>Not expressed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sans réponse</source>
        <translation>No answer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>favorable</source>
        <translation>in favour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>favorables</source>
        <translation>in favour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>favorable sous réserve</source>
        <translation>in favour with reservations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>favorables sous réserve</source>
        <translation>in favour with reservations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>défavorable</source>
        <translation>against</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>défavorables</source>
        <translation>against</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>abstention</source>
        <translation>abstention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>abstentions</source>
        <translation>abstentions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>non exprimée</source>
        <translation>not expressed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>non exprimées</source>
        <translation>not expressed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consensus</source>
        <translation>Consensus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus avec réserves</source>
        <translation>Consensus with reservations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contesté</source>
        <translation>Disputed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Réponses insuffisantes</source>
        <translation>Not enough answers</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/deliberation/services/search.py" line="-25"/>
        <source>Séance</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution écrite</source>
        <translation>Written contribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retour d&apos;un fichier Word</source>
        <translation>Returned Word file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formulaire</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../src/deliberation/services/search.py" line="+4"/>
        <source>Point de l&apos;ordre du jour</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projet d&apos;avis</source>
        <translation>Draft opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paragraphe d&apos;un projet</source>
        <translation>Paragraph of a draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autre sujet</source>
        <translation>Other subject</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/records/referential.py" line="+13"/>
        <source>Titulaire</source>
        <translation>Full member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppléant</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>En préparation</source>
        <translation>In preparation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clos</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/rules/consensus.py" line="+31"/>
        <source>au moins {count} réponse</source>
        <translation>at least {count} answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>au moins {count} réponses</source>
        <translation>at least {count} answers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(abstentions comprises)</source>
        <translation>(including abstentions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(hors abstentions)</source>
        <translation>(excluding abstentions)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Consensus : aucun avis défavorable et {text}.</source>
        <translation>Consensus: no position against and {text}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consensus : au plus {count} avis défavorable et {text}.</source>
        <translation>Consensus: at most {count} position against and {text}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consensus : au plus {count} avis défavorables et {text}.</source>
        <translation>Consensus: at most {count} positions against and {text}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{responded}/{consulted} réponses</source>
        <translation>{responded}/{consulted} answers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{responded}/{consulted} réponse</source>
        <translation>{responded}/{consulted} answer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>aucune complète</source>
        <translation>none complete</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} complète</source>
        <translation>{count} complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} complètes</source>
        <translation>{count} complete</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} organisation</source>
        <translation>{count} organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} organisations</source>
        <translation>{count} organisations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text}, dont {count} a répondu</source>
        <translation>{text}, {count} of which answered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{text}, dont {count} ont répondu</source>
        <translation>{text}, {count} of which answered</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{text} sur chaque sujet</source>
        <translation>{text} on every subject</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{text} ({complete} sur chaque sujet)</source>
        <translation>{text} ({complete} on every subject)</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/answers_import.py" line="-251"/>
        <source>Nouvelle</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Modifiée</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Déjà enregistrée</source>
        <translation>Already recorded</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/search.py" line="-20"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ancien nom</source>
        <translation>Former name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Délégué</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Groupe de travail</source>
        <translation>Working group</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amendement</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>fiche du délégué</source>
        <translation>delegate details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>point de l&apos;ordre du jour</source>
        <translation>agenda item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ligne de la synthèse</source>
        <translation>summary row</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Séance du {day}</source>
        <translation>Meeting of {day}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ancien nom de {name}</source>
        <translation>Former name of {name}</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/rules/opinion_text.py" line="+76"/>
        <source>paragraphe {number}</source>
        <translation>paragraph {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recommandation n° {number}</source>
        <translation>recommendation no. {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>titre {number}</source>
        <translation>heading {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>considérant « {start}… »</source>
        <translation>whereas clause “{start}…”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>considérant</source>
        <translation>whereas clause</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../src/deliberation/services/search.py" line="-121"/>
        <source>paragraphe</source>
        <translation>paragraph</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/rules/meetings.py" line="+16"/>
        <source>{name} du {day}</source>
        <translation>{name} of {day}</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/kit/looks.py" line="-3"/>
        <source>Sous réserve</source>
        <translation>With reservations</translation>
    </message>
</context>
<context>
    <name>labels-plural</name>
    <message>
        <location filename="../../src/deliberation/records/home.py" line="-40"/>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>délégués</source>
        <translation>delegates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>groupes de travail</source>
        <translation>working groups</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>séances</source>
        <translation>meetings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>points d&apos;ordre du jour</source>
        <translation>agenda items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>consultations</source>
        <translation>consultations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>positions</source>
        <translation>positions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>avis</source>
        <translation>opinions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>paragraphes d&apos;avis</source>
        <translation>opinion paragraphs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amendements</source>
        <translation>amendments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>commentaires</source>
        <translation>comments</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/services/search.py" line="-84"/>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Anciens noms</source>
        <translation>Former names</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Délégués</source>
        <translation>Delegates</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Groupes de travail</source>
        <translation>Working groups</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Séances</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Points de l&apos;ordre du jour</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avis</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paragraphes</source>
        <translation>Paragraphs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amendements</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Commentaires</source>
        <translation>Comments</translation>
    </message>
</context>
<context>
    <name>opinion_commands</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/opinion_commands.py" line="+46"/>
        <source>la création de l&apos;avis « %1 »</source>
        <translation>creating opinion “%1”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>la modification de l&apos;avis « %1 »</source>
        <translation>editing opinion “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>le passage de l&apos;avis « %1 » à l&apos;état « %2 »</source>
        <translation>changing the status of opinion “%1” to “%2”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>la suppression de l&apos;avis « %1 »</source>
        <translation>deleting opinion “%1”</translation>
    </message>
</context>
<context>
    <name>package_dialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/package_dialog.py" line="-81"/>
        <source>Emporter pour travailler hors ligne</source>
        <translation>Take offline to work</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rapporter un travail hors ligne</source>
        <translation>Bring back offline work</translation>
    </message>
    <message>
        <location line="+200"/>
        <source>Paquet de %1, pris le %2.</source>
        <translation>Package from %1, taken offline on %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>l&apos;auteur inconnu</source>
        <translation>an unknown author</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fusionnés (changés hors ligne seulement)</source>
        <translation>Merged (changed offline only)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Supprimés hors ligne</source>
        <translation>Deleted offline</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changés des deux côtés : le texte d&apos;ici est gardé, celui du paquet devient un amendement de %1</source>
        <translation>Changed on both sides: the text here is kept; the package&apos;s text becomes an amendment from %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>amendement(s)</source>
        <translation>amendment(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commentaire(s)</source>
        <translation>comment(s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>décision(s) sur des amendements</source>
        <translation>decision(s) on amendments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>position(s)</source>
        <translation>position(s)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repris du paquet :</source>
        <translation>Taken from the package:</translation>
    </message>
</context>
<context>
    <name>review_import_dialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/return_items.py" line="-75"/>
        <source>Amendement : remplacer</source>
        <translation>Amendment: replace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendement : insérer après</source>
        <translation>Amendment: insert after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amendement : supprimer</source>
        <translation>Amendment: delete</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nouveau</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>déjà importé</source>
        <translation>already imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paragraphe supprimé depuis l&apos;export</source>
        <translation>paragraph deleted since the export</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Réponse</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (sans suivi)</source>
        <translation> (untracked)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>« %1 » : %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(supprimer) %1</source>
        <translation>(delete) %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>modifié depuis l&apos;export</source>
        <translation>changed since the export</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Sur les mots : « %1 »</source>
        <translation>On the words: “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Texte exporté :</source>
        <translation>Exported text:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Texte proposé :</source>
        <translation>Proposed text:</translation>
    </message>
    <message>
        <location filename="../../src/deliberation/ui/opinions/review_import_dialog.py" line="-227"/>
        <source>Importer un retour</source>
        <translation>Import returned review</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>l&apos;import du retour %1 (%2)</source>
        <translation>importing the returned review from %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Retour %1 importé : %2 amendement(s) et %3 commentaire(s).</source>
        <translation>Returned review from %1 imported: %2 amendment(s) and %3 comment(s).</translation>
    </message>
</context>
<context>
    <name>self._editor</name>
    <message>
        <location filename="../../src/deliberation/ui/kit/editor.py" line="-225"/>
        <source>Rétabli : %1.</source>
        <translation>Redone: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Annulé : %1.</source>
        <translation>Undone: %1.</translation>
    </message>
</context>
<context>
    <name>sending</name>
    <message>
        <location filename="../../src/deliberation/ui/mail/sending.py" line="+27"/>
        <source>Les réglages d&apos;envoi ne sont pas faits : indiquez le serveur d&apos;envoi et l&apos;adresse d&apos;expéditeur du secrétariat.</source>
        <translation>Sending settings are not configured: enter the secretariat&apos;s outgoing mail server and sender address.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Aucun serveur d&apos;envoi n&apos;est réglé : indiquez-le pour envoyer, ou enregistrez des brouillons (.eml).</source>
        <translation>No outgoing mail server is configured: set one up to send, or save drafts (.eml).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mot de passe de %1 sur le serveur %2 :</source>
        <translation>Password for %1 on server %2:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%n message envoyé</source>
        <translation>%n message sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n messages envoyés</source>
        <translation>%n messages sent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>échec pour %1 : %2</source>
        <translation>failed for %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%n reste à envoyer</source>
        <translation>%n still to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n restent à envoyer</source>
        <translation>%n still to send</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Envoi interrompu. </source>
        <translation>Sending interrupted. </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%v sur %m</source>
        <translation>%v of %m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annuler l&apos;envoi</source>
        <translation>Cancel sending</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Arrêter après le message en cours ; les autres restent à envoyer</source>
        <translation>Stop after the current message; the others remain to be sent</translation>
    </message>
</context>
<context>
    <name>shared_store</name>
    <message>
        <location filename="../../src/deliberation/ui/shell/shared_store.py" line="+71"/>
        <source>Mot de passe de « %1 » pour la base %2 du serveur %3 :</source>
        <translation>Password for “%1” on database %2, server %3:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>La base partagée %1 vient d&apos;une version antérieure de Délibération (schéma %2) et doit être mise à jour pour être ouverte. Une mise à jour ne se défait pas : faites-en d&apos;abord une sauvegarde.</source>
        <translation>The shared database %1 comes from an earlier version of Délibération (schema %2) and must be updated before it can be opened. An update cannot be undone: back it up first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sauvegarder puis mettre à jour</source>
        <translation>Back up, then update</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Le programme de sauvegarde pg_dump n&apos;est pas installé sur ce poste : la sauvegarde ne peut pas être faite d&apos;ici. Faites-la ailleurs (ou demandez-la à l&apos;administrateur du serveur) avant de mettre à jour.</source>
        <translation>The backup program pg_dump is not installed on this computer: the backup cannot be made from here. Make it elsewhere (or ask the server&apos;s administrator) before updating.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>« Sauvegarder » enregistre une copie avec pg_dump dans %1.</source>
        <translation>“Back up” saves a copy with pg_dump in %1.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>J&apos;ai une sauvegarde, mettre à jour</source>
        <translation>I have a backup, update</translation>
    </message>
</context>
<context>
    <name>versions_dialog</name>
    <message>
        <location filename="../../src/deliberation/ui/opinions/versions_dialog.py" line="-468"/>
        <source>Le texte en cours n&apos;a pas pu être enregistré : rien n&apos;a été fait, pour ne rien perdre. Copiez-le si besoin, puis réessayez.</source>
        <translation>The current text could not be saved: nothing has been done, so that nothing is lost. Copy it if needed, then try again.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>la version figée</source>
        <translation>freezing the version</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Le texte est vide : il n&apos;y a rien à figer.</source>
        <translation>The text is empty: there is nothing to freeze.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+14"/>
        <location line="+13"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
</context>
</TS>
