; Inno Setup 6 script for hwclient: a per-user install that needs no administrator.
;
; Built by packaging\windows\build.ps1, which passes the version and, when a
; signing command is configured, the Sign Tool:
;   ISCC /DAppVersion=0.1.0 /DAppVersionNumeric=0.1.0.0 [/DSign /Shwsign=...] hwclient.iss
;
; Job seekers install on their own PCs, often without administrator rights:
; PrivilegesRequired=lowest puts the app in %LOCALAPPDATA%\Programs\hwclient
; and the Start menu entry in the user's own Start menu. IT departments that
; want an all-users install run the same setup with /ALLUSERS (see README-IT.md).

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z hwclient.iss (build.ps1 does this)
#endif
#ifndef AppVersionNumeric
  #define AppVersionNumeric AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\hwclient"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\icons\hwclient.ico"
#endif
#define AppExe "hwclient.exe"

[Setup]
; Never change AppId: Windows recognises upgrades and the uninstaller by it.
AppId={{6B1E2C4A-8F3D-4E57-9A21-3C7D5E9F0B84}
AppName=Hello Work online counselling
AppVersion={#AppVersion}
AppVerName=Hello Work online counselling {#AppVersion}
AppPublisher=hwclient project
VersionInfoVersion={#AppVersionNumeric}
VersionInfoProductName=Hello Work online counselling (hwclient)
DefaultDirName={autopf}\hwclient
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Windows 10 1809: the oldest Windows that Qt 6 runs on.
MinVersion=10.0.17763
OutputDir={#OutputDir}
OutputBaseFilename=hwclient-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={cm:AppDisplayName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
; Close a running copy so its files can be replaced; it is not restarted.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
SetupLogging=yes
#ifdef Sign
SignTool=hwsign
SignedUninstaller=yes
#endif

[Languages]
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ja.AppDisplayName=ハローワーク オンライン相談
en.AppDisplayName=Hello Work online counselling
ja.ServerMustBeHttps=/SERVER= には https:// で始まるアドレスを指定してください。
en.ServerMustBeHttps=/SERVER= needs an address that starts with https://.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An update replaces the whole bundle, so no stale module of an old version stays behind.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppDisplayName}"; Filename: "{app}\{#AppExe}"; Parameters: "{code:ServerArgument}"; WorkingDir: "{app}"
Name: "{autodesktop}\{cm:AppDisplayName}"; Filename: "{app}\{#AppExe}"; Parameters: "{code:ServerArgument}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Parameters: "{code:ServerArgument}"; Description: "{cm:LaunchProgram,{cm:AppDisplayName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Registry]
; Remembered so that an update run without /SERVER keeps the office's server.
Root: HKA; Subkey: "Software\hwclient"; ValueType: string; ValueName: "Server"; ValueData: "{code:ServerSetting}"; Flags: uninsdeletekey; Check: HasServer

[Code]
// IT departments: setup.exe /SERVER=https://counselling.example.jp makes the
// Start menu and desktop shortcuts start the app with --server <URL>.
function ServerUrl(): String;
begin
  Result := Trim(ExpandConstant('{param:SERVER|}'));
  if Result = '' then
    if not RegQueryStringValue(HKA, 'Software\hwclient', 'Server', Result) then
      Result := '';
end;

function HasServer(): Boolean;
begin
  Result := ServerUrl() <> '';
end;

function ServerSetting(Param: String): String;
begin
  Result := ServerUrl();
end;

function ServerArgument(Param: String): String;
begin
  if HasServer() then
    Result := '--server "' + ServerUrl() + '"'
  else
    Result := '';
end;

function InitializeSetup(): Boolean;
var
  Url: String;
begin
  Url := ServerUrl();
  Result := (Url = '') or ((Pos('https://', Lowercase(Url)) = 1) and (Pos('"', Url) = 0) and (Pos(' ', Url) = 0));
  if not Result then
    SuppressibleMsgBox(CustomMessage('ServerMustBeHttps'), mbError, MB_OK, IDOK);
end;
