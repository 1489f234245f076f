# meshgrade in a container. Build:  docker build -t meshgrade .
# Run on a submission in the current folder:
#   docker run --rm -v "$PWD:/work" -w /work meshgrade check submission --format text --format junit=report.xml
# The build stage's commands are the ones DockerfileBuildTests runs (restore, then publish).

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Restore from the project files alone, so this layer stays cached while only sources change.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/MeshGrader.Core/MeshGrader.Core.csproj src/MeshGrader.Core/
COPY src/MeshGrader.Cli/MeshGrader.Cli.csproj src/MeshGrader.Cli/
RUN dotnet restore src/MeshGrader.Cli/MeshGrader.Cli.csproj
COPY schemas/ schemas/
COPY src/ src/
RUN dotnet publish src/MeshGrader.Cli/MeshGrader.Cli.csproj -c Release --no-restore -o out

FROM mcr.microsoft.com/dotnet/runtime:10.0
COPY --from=build /src/out /opt/meshgrade
RUN ln -s /opt/meshgrade/meshgrade /usr/local/bin/meshgrade
ENTRYPOINT ["meshgrade"]
