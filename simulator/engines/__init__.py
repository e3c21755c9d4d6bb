"""Engines write the persona's words; the rapport state decides what they may reveal."""
