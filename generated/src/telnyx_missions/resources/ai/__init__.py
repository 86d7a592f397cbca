"""Operations under `ai`."""
