@echo off
rem Portable use (USB stick, a shared folder): worksheets, settings and own plates stay
rem in the "gegevens" folder beside the program instead of %APPDATA%\Overzichtsplaten.
start "" "%~dp0overzichtsplaten.exe" --data-dir "%~dp0gegevens" %*
