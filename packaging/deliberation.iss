; Inno Setup 6 script of the Windows installer of Délibération.
; Build the bundle first (python -m PyInstaller packaging\deliberation.spec, see
; packaging/README.md), then: iscc packaging\deliberation.iss
; Keep AppVersion in step with src/deliberation/__init__.py (or pass /DAppVersion=x.y.z).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6B0C3F5E-8F57-4B44-9C0E-2D7A1C9E4F21}
AppName=Délibération
AppVersion={#AppVersion}
AppPublisher=Comité des partenaires du numérique pour l'éducation
DefaultDirName={localappdata}\Programs\Délibération
DefaultGroupName=Délibération
; Per-user install: no administrator rights needed on the delegates' laptops.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Délibération-{#AppVersion}-setup
SetupIconFile=icons\deliberation.ico
UninstallDisplayIcon={app}\deliberation-gui.exe
LicenseFile=..\LICENSE
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\deliberation\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Délibération"; Filename: "{app}\deliberation-gui.exe"
Name: "{autodesktop}\Délibération"; Filename: "{app}\deliberation-gui.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\deliberation-gui.exe"; Description: "{cm:LaunchProgram,Délibération}"; Flags: nowait postinstall skipifsilent

; The data (%LOCALAPPDATA%\deliberation: the store, the log) is the user's: the uninstaller
; leaves it.
