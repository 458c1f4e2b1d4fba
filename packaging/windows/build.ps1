<#
.SYNOPSIS
    Build the Windows installer in one command:
        powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1

.DESCRIPTION
    Result: dist\hwclient-<version>-windows-x64-setup.exe (per-user install, no
    administrator rights). Steps: make or reuse a virtualenv, install hwclient,
    hwserver and PyInstaller, compile translations, render icons, write the
    version resource, run PyInstaller, sign the executables (if configured),
    smoke-test the app folder, compile the Inno Setup script (which signs the
    setup and the uninstaller with the same command).

    Needs Python 3.11+ (x64) and Inno Setup 6 (https://jrsoftware.org/isinfo.php;
    `choco install innosetup` or `winget install JRSoftware.InnoSetup`).

    Environment (all optional):
      HWCLIENT_PYTHON        interpreter that creates the venv (default: py -3.11, else python)
      HWCLIENT_ISCC          full path of ISCC.exe if it is not in a standard place
      HWCLIENT_SIGN_COMMAND  signing command with $f for the file, e.g.
          signtool sign /fd sha256 /tr http://timestamp.example /td sha256 /sha1 <THUMBPRINT> $f
        Unset: nothing is signed (fine for testing; SmartScreen warns end users).
#>
param(
    [string]$Venv = ".venv",
    [switch]$SkipInstall,
    [switch]$SkipSmoke
)
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path (Join-Path $PSScriptRoot "..\.."))

function Step([string]$Text) { Write-Host "`n== $Text" }

function Invoke-Native([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}

function Find-Iscc {
    $candidates = @(
        $env:HWCLIENT_ISCC,
        "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe",
        "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
        "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe"
    )
    foreach ($path in $candidates) { if ($path -and (Test-Path $path)) { return $path } }
    $cmd = Get-Command iscc.exe -ErrorAction SilentlyContinue
    if ($cmd) { return $cmd.Source }
    throw "Inno Setup 6 not found: install it (choco install innosetup) or set HWCLIENT_ISCC"
}

function Invoke-Sign([string]$File) {
    # Same $f convention as Inno Setup's Sign Tool, so one variable serves both.
    $command = $env:HWCLIENT_SIGN_COMMAND.Replace('$f', "`"$File`"")
    Invoke-Native "cmd.exe" @("/c", $command)
}

$py = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $py)) {
    Step "creating virtualenv $Venv"
    if ($env:HWCLIENT_PYTHON) { Invoke-Native $env:HWCLIENT_PYTHON @("-m", "venv", $Venv) }
    elseif (Get-Command py.exe -ErrorAction SilentlyContinue) { Invoke-Native "py.exe" @("-3.11", "-m", "venv", $Venv) }
    else { Invoke-Native "python.exe" @("-m", "venv", $Venv) }
}
if (-not $SkipInstall) {
    Step "installing hwclient, hwserver and PyInstaller"
    Invoke-Native $py @("-m", "pip", "install", "-q", "-e", "./server", "-e", ".[package]")
}

$version = (& $py -c "import hwclient; print(hwclient.__version__)").Trim()
$numeric = (& $py -c "import sys; sys.path.insert(0, 'packaging/windows'); import version_info as v; print('.'.join(map(str, v.numeric_version('$version'))))").Trim()

Step "compiling translations"
Invoke-Native $py @("-m", "hwclient.i18n", "build")

Step "rendering icons and the version resource"
Invoke-Native $py @("packaging/make_icons.py", "build/icons")
Invoke-Native $py @("packaging/windows/version_info.py", "build/windows/version_info.txt")
$env:HWCLIENT_VERSION_FILE = (Resolve-Path "build/windows/version_info.txt").Path

Step "running PyInstaller"
if (Test-Path "dist\hwclient") { Remove-Item -Recurse -Force "dist\hwclient" }
Invoke-Native $py @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
    "--distpath", "dist", "--workpath", "build/pyinstaller", "packaging/hwclient.spec")

$isccArgs = @("/Qp", "/DAppVersion=$version", "/DAppVersionNumeric=$numeric")
if ($env:HWCLIENT_SIGN_COMMAND) {
    Step "signing the executables"
    foreach ($exe in @("dist\hwclient\hwclient.exe", "dist\hwclient\hwclient-cli.exe")) { Invoke-Sign (Resolve-Path $exe).Path }
    $isccArgs += @("/DSign", "/Shwsign=$($env:HWCLIENT_SIGN_COMMAND)")
} else {
    Write-Host "HWCLIENT_SIGN_COMMAND is not set: the build is not signed."
}

if (-not $SkipSmoke) {
    Step "smoke test of the app folder"
    $smokeArgs = @("packaging/smoke_app.py", "dist\hwclient\hwclient.exe",
        "--cli", "dist\hwclient\hwclient-cli.exe", "--expect-version", $version, "--lang", "ja")
    if (Test-Path "hwclient\translations\*.qm") { $smokeArgs += "--expect-translations" }
    Invoke-Native $py $smokeArgs
}

Step "compiling the installer"
Invoke-Native (Find-Iscc) ($isccArgs + @("packaging\windows\hwclient.iss"))

$setup = "dist\hwclient-$version-windows-x64-setup.exe"
Step "done: $setup ($([math]::Round((Get-Item $setup).Length / 1MB)) MB)"
