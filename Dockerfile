# meshgrade in a container. Build:  docker build -t meshgrade .
# Run on a submission in the current folder, as yourself so reports can be written there:
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/work" -w /work meshgrade check submission --format text --format junit=report.xml
# The build stage's commands are the ones DistributionTests runs (restore, then publish).
# The base images are named by tag, not digest: Dependabot (.github/dependabot.yml) keeps them current.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore from the project and lock files alone, so this layer stays cached while only sources change.
COPY global.json Directory.Build.props Directory.Build.targets Directory.Build.rsp Directory.Packages.props .editorconfig ./
COPY src/MeshGrader.Core/MeshGrader.Core.csproj src/MeshGrader.Core/packages.lock.json src/MeshGrader.Core/
COPY src/MeshGrader.Cli/MeshGrader.Cli.csproj src/MeshGrader.Cli/packages.lock.json src/MeshGrader.Cli/
RUN dotnet restore src/MeshGrader.Cli/MeshGrader.Cli.csproj --locked-mode
COPY schemas/ schemas/
COPY src/ src/
RUN dotnet publish src/MeshGrader.Cli/MeshGrader.Cli.csproj -c Release --no-restore -o out

FROM mcr.microsoft.com/dotnet/runtime:10.0
COPY --from=build /src/out /opt/meshgrade
RUN ln -s /opt/meshgrade/meshgrade /usr/local/bin/meshgrade
# Grading needs no privileges: run as the image's unprivileged user (app, uid $APP_UID).
USER $APP_UID
ENTRYPOINT ["meshgrade"]
