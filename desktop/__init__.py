"""HSKT — Hồ sơ khen thưởng."""

__version__ = "0.1.0"
APP_NAME = "HSKT"
