; Per-user Windows installer (no administrator rights): makensis on Linux or Windows.
;   makensis -DVERSION=0.1.0 -DSOURCE=dist\overzichtsplaten -DICON=resources\icons\overzichtsplaten.ico
;            -DOUTFILE=Overzichtsplaten-0.1.0-setup.exe packaging\windows\overzichtsplaten.nsi
; Installs to %LOCALAPPDATA%\Programs\Overzichtsplaten with a Start-menu shortcut, registers
; the uninstaller and the .werksessie file type under HKCU. Silent: setup.exe /S.
; Uninstalling removes the program, never the user's data folder (%APPDATA%\Overzichtsplaten).
; 64-bit like the program (and Wine without its 32-bit part can run it)
Target amd64-unicode
!include "MUI2.nsh"

!ifndef VERSION
  !error "give -DVERSION=x.y.z"
!endif
!ifndef SOURCE
  !error "give -DSOURCE=<the one-folder program made by PyInstaller>"
!endif
!ifndef ICON
  !error "give -DICON=<overzichtsplaten.ico>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Overzichtsplaten-${VERSION}-setup.exe"
!endif

!define APP "Overzichtsplaten"
!define EXE "overzichtsplaten.exe"
!define PROGID "Overzichtsplaten.Werksessie"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Overzichtsplaten"

Name "${APP}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
!ifndef COMPRESSOR
  !define COMPRESSOR lzma  ; smallest download; CI passes -DCOMPRESSOR=zlib (5x faster to build)
!endif
SetCompressor /SOLID ${COMPRESSOR}
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} installatie"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "EUPL-1.2"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_LANGUAGE "English"

Section "Overzichtsplaten"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  RMDir /r "$INSTDIR\_internal"  ; an earlier version's modules must not linger
  File /r "${SOURCE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ; .werksessie: a session file (JSON inside) opens in the app on a double-click
  WriteRegStr HKCU "Software\Classes\.werksessie" "" "${PROGID}"
  WriteRegStr HKCU "Software\Classes\.werksessie" "Content Type" "application/json"
  WriteRegStr HKCU "Software\Classes\${PROGID}" "" "Werksessie (${APP})"
  WriteRegStr HKCU "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" open "%1"'
  ; .json stays with whatever opens it now; the app is offered under "Openen met"
  WriteRegStr HKCU "Software\Classes\.json\OpenWithProgids" "${PROGID}" ""

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$SMPROGRAMS\${APP}.lnk"
  ; only what the installer put there: the folder may have been chosen by hand
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\overzichtsplaten-cli.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  ReadRegStr $0 HKCU "Software\Classes\.werksessie" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey HKCU "Software\Classes\.werksessie"
  DeleteRegKey HKCU "Software\Classes\${PROGID}"
  DeleteRegValue HKCU "Software\Classes\.json\OpenWithProgids" "${PROGID}"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegKey HKCU "Software\${APP}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  ; the data folder (%APPDATA%\Overzichtsplaten: worksheets, settings, own plates) stays
SectionEnd
