"""The charts on screen (pyqtgraph): the interactive hemicycle, the seats-by-tier and quota-fill charts,
the charts panel that holds them and the party-order popup. They paint with ``ui.paper``."""
