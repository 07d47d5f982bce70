@echo off
rem Veerkracht on Windows: starts the OSGi runtime (Apache Felix), runs one command and exits with its code.
rem   bin\veerkracht.cmd <command> [options]    bin\veerkracht.cmd desktop [-w <dir>]
rem Needs Java 17 or newer: JAVA_HOME, or java on the PATH. VEERKRACHT_JAVA_OPTS adds JVM options.
rem Built for Windows x86_64 (the launcher picks SWT for win32 x86_64) but not tested on Windows;
rem only Linux is tested. No class-data archive here, unlike bin/veerkracht.
setlocal
set "VEERKRACHT_HOME=%~dp0.."
for %%I in ("%VEERKRACHT_HOME%") do set "VEERKRACHT_HOME=%%~fI"
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
"%JAVA_EXE%" -version >nul 2>&1
if errorlevel 1 (
  echo veerkracht: Java 17 of nieuwer is nodig, maar er is geen java gevonden ^(zet JAVA_HOME of zet java in het PATH^) 1>&2
  exit /b 5
)
"%JAVA_EXE%" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:disable -Xlog:all=error:stderr %VEERKRACHT_JAVA_OPTS% -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 "-Duser.home=%USERPROFILE%" "-Dveerkracht.home=%VEERKRACHT_HOME%" -jar "%VEERKRACHT_HOME%\lib\nl.veerkracht.launcher.jar" %*
exit /b %ERRORLEVEL%
