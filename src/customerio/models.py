"""The typed models of the Track, App and Pipelines APIs (generated from spec/).

    from customerio.models import TrackAccountRegion

Importing this module loads every model; `import customerio` alone does not.
"""

from _customerio_gen.models import *  # noqa: F403
from _customerio_gen.models import __all__ as __all__
