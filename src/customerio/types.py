"""The request TypedDicts: the shape of every structured argument the clients take.

The clients accept plain dicts; annotate your own values with these to have mypy check them
before they are sent (docs/typing.md). Names end in `Param` (`TrackEventParam`,
`AudienceFilterParam`, …) so that they never clash with the response models of
`customerio.models`. They are generated from spec/ and exist for type checkers and editors: the
clients send what they are given and never check a dict against them at run time.
"""

from _customerio_gen.params.all import *  # noqa: F403
from _customerio_gen.params.all import __all__ as __all__
