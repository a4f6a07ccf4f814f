"""IKUT: the working-life model for survivors of human trafficking in Finland."""

__version__ = "0.1.0"
