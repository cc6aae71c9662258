"""Use cases of draft opinions: description, status, text saves, versions, amendments, comments."""

from deliberation.services.opinions.amendments import AmendmentsMixin
from deliberation.services.opinions.base import COMMENT_MAX, NOTE_MAX
from deliberation.services.opinions.comments import CommentsMixin
from deliberation.services.opinions.description import DescriptionMixin, OpinionArchive
from deliberation.services.opinions.proposals import KeptProposals, ProposalsMixin
from deliberation.services.opinions.standing import StandingMixin
from deliberation.services.opinions.text import TextMixin
from deliberation.services.opinions.versions import VersionsMixin

__all__ = ["COMMENT_MAX", "NOTE_MAX", "KeptProposals", "OpinionArchive", "Opinions"]


class Opinions(
    DescriptionMixin,
    VersionsMixin,
    AmendmentsMixin,
    CommentsMixin,
    ProposalsMixin,
    StandingMixin,
    TextMixin,
):
    """Operations on draft opinions over one open store, one mixin per job.

    As elsewhere, `new_…`/`edited_…`/`with_…` validate and return the record to apply (nothing
    written), `apply_…` writes, `remove_…` deletes. The user recorded as deciding, commenting
    and freezing is the positions' user (one name per person using the application).
    """
