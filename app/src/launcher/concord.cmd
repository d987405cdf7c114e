@echo off
rem Concord's launcher for Windows, made by the build next to concord.jar. It runs the jar with the JVM options of
rem the POSIX launcher 'concord' (see there) and with its class-data-sharing archive when there is one (concord-app.jsa
rem to open the app, without arguments; concord.jsa for the commands);
rem an archive that does not fit this JVM is ignored silently.
rem   CONCORD_JAVA_OPTS  more JVM options (after the launcher's own, so they win), e.g. -Xmx256m
rem   JAVA_HOME          the Java to use (Java 17 or later); otherwise java on the PATH
setlocal
set "CONCORD_DIR=%~dp0"
set "CONCORD_JAVA=java"
if defined JAVA_HOME set "CONCORD_JAVA=%JAVA_HOME%\bin\java"
set "CONCORD_JSA=%CONCORD_DIR%concord.jsa"
if "%~1"=="" set "CONCORD_JSA=%CONCORD_DIR%concord-app.jsa"
set "CONCORD_CDS="
if exist "%CONCORD_JSA%" set CONCORD_CDS="-XX:SharedArchiveFile=%CONCORD_JSA%" -Xlog:cds=off,cds+dynamic=off
"%CONCORD_JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto %CONCORD_CDS% %CONCORD_JAVA_OPTS% -jar "%CONCORD_DIR%concord.jar" %*
exit /b %ERRORLEVEL%
