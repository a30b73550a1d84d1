; Inno Setup 6 script: wraps the PyInstaller folder (dist\kzseats) into a Windows setup program.
; Build on Windows: `python installer\build.py` (it freezes the app, tests it, then runs iscc with the
; version of the package: iscc /DAppVersion=<kzseats_gui.__version__> installer\kzseats.iss).
;
; Per-user install without administrator rights (an administrator may choose "for all users"); the
; program, an uninstaller, a Start-menu entry, an optional desktop icon, kzseats in the "Open with" list
; of .xlsx files (never as their default program: Excel keeps them), and optionally the `kzseats`
; command on PATH. Setup speaks English, Russian and Kazakh (Inno ships no Kazakh: Kazakh.isl is ours).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\kzseats.iss (installer\build.py does)
#endif
#define AppName "kzseats"
#define GuiExe "kzseats-gui.exe"
#define ProgId "kzseats.workbook"

[Setup]
AppId={{6E0C8F5B-4A47-4C1E-9E5E-6B1F0C2B7A10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=kzseats
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
ChangesEnvironment=yes
LicenseFile=..\LICENSE
SetupIconFile=..\kzseats_gui\resources\icons\kzseats.ico
UninstallDisplayIcon={app}\{#GuiExe}
UninstallDisplayName={#AppName} {#AppVersion}
OutputDir=..\dist
OutputBaseFilename=kzseats-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
; Default.isl first: a message Kazakh.isl does not translate falls back to English instead of failing.
Name: "kazakh"; MessagesFile: "compiler:Default.isl,Kazakh.isl"

[CustomMessages]
english.AddToPath=Add the kzseats command to PATH (for scripts and the command line)
russian.AddToPath=Добавить команду kzseats в PATH (для скриптов и командной строки)
kazakh.AddToPath=kzseats командасын PATH-қа қосу (скрипттер мен командалық жол үшін)
english.CommandLine=Command line:
russian.CommandLine=Командная строка:
kazakh.CommandLine=Командалық жол:
english.WorkbookType=Election results workbook
russian.WorkbookType=Книга с итогами выборов
kazakh.WorkbookType=Сайлау қорытындысы кітабы

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; GroupDescription: "{cm:CommandLine}"; Flags: unchecked

[Files]
Source: "..\dist\kzseats\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion
Source: "..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "..\THIRD_PARTY_NOTICES.md"; DestDir: "{app}"; DestName: "THIRD_PARTY_NOTICES.txt"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#GuiExe}"; IconFilename: "{app}\{#GuiExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#GuiExe}"; IconFilename: "{app}\{#GuiExe}"; Tasks: desktopicon

[Registry]
; "Open with" for .xlsx: a ProgId listed under OpenWithProgids, never the default value of .xlsx itself.
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:WorkbookType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#GuiExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#GuiExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#GuiExe}"" ""%1"""
; The command line on PATH (optional): the user's PATH, or the machine's for an install for all users.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: not IsAdminInstallMode and NeedsAddPath('HKCU', 'Environment')
Root: HKLM; Subkey: "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"; ValueType: expandsz; ValueName: "Path"; ValueData: "{olddata};{app}"; Tasks: addtopath; Check: IsAdminInstallMode and NeedsAddPath('HKLM', 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment')

[Run]
Filename: "{app}\{#GuiExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
function PathRoot(Root: String): Integer;
begin
  if Root = 'HKLM' then Result := HKEY_LOCAL_MACHINE else Result := HKEY_CURRENT_USER;
end;

{ True when the install folder is not on that PATH yet (so a reinstall does not add it twice). }
function NeedsAddPath(Root, Subkey: String): Boolean;
var
  Current: String;
begin
  if not RegQueryStringValue(PathRoot(Root), Subkey, 'Path', Current) then
  begin
    Result := True;
    exit;
  end;
  Result := Pos(';' + Uppercase(ExpandConstant('{app}')) + ';', ';' + Uppercase(Current) + ';') = 0;
end;

{ On uninstall, take the install folder out of PATH again (the user's and the machine's). }
procedure RemoveFromPath(Root: Integer; Subkey: String);
var
  Current, Folder: String;
  Start: Integer;
begin
  if not RegQueryStringValue(Root, Subkey, 'Path', Current) then exit;
  Folder := ExpandConstant('{app}');
  Current := ';' + Current + ';';
  Start := Pos(';' + Uppercase(Folder) + ';', Uppercase(Current));
  if Start = 0 then exit;
  Delete(Current, Start, Length(Folder) + 1);
  Current := Copy(Current, 2, Length(Current) - 2);
  RegWriteExpandStringValue(Root, Subkey, 'Path', Current);
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
  begin
    if IsAdminInstallMode then
      RemoveFromPath(HKEY_LOCAL_MACHINE, 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment')
    else
      RemoveFromPath(HKEY_CURRENT_USER, 'Environment');
  end;
end;
