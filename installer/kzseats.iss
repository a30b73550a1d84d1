; Inno Setup script: wraps the PyInstaller folder (dist\kzseats) into a Windows setup program.
; Build: python installer\build.py, then: iscc installer\kzseats.iss
#define AppVersion "0.1.0"

[Setup]
AppId={{6E0C8F5B-4A47-4C1E-9E5E-6B1F0C2B7A10}
AppName=kzseats
AppVersion={#AppVersion}
AppPublisher=kzseats
DefaultDirName={autopf}\kzseats
DefaultGroupName=kzseats
OutputDir=..\dist
OutputBaseFilename=kzseats-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\dist\kzseats\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\kzseats"; Filename: "{app}\kzseats-gui.exe"
Name: "{autodesktop}\kzseats"; Filename: "{app}\kzseats-gui.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Registry]
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "kzseats.workbook"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\kzseats.workbook\shell\open\command"; ValueType: string; ValueData: """{app}\kzseats-gui.exe"" ""%1"""; Flags: uninsdeletekey

[Run]
Filename: "{app}\kzseats-gui.exe"; Description: "{cm:LaunchProgram,kzseats}"; Flags: nowait postinstall skipifsilent
