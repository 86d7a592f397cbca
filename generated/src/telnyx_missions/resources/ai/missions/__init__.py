"""Missions, their runs, plans, events, linked agents and attached resources."""
