"""Batch pipeline and the ``zhpolicy`` command line."""
