"""Operations under `ai.missions.runs`."""
