# meshgrade in a container, as a Native AOT binary. Two images from one build:
#   docker build -t meshgrade .                     the default: minimal (chiseled, no shell, non-root)
#   docker build --target ci -t meshgrade:ci .      for CI jobs that run their own shell in the image
#                                                   (GitLab, Jenkins, GitHub container jobs)
# Run on a submission in the current folder, as yourself so reports can be written there:
#   docker run --rm --user "$(id -u):$(id -g)" -v "$PWD:/work" -w /work meshgrade check submission --lab 16 --format text --format junit=report.xml
# The lock files cover linux-x64: build for linux/amd64 (add --platform linux/amd64 on other hosts).
# The build stage's commands are the ones DistributionTests runs (restore, then publish).
# The base images are named by tag, not digest: Dependabot (.github/dependabot.yml) keeps them current.

# The .NET SDK image with the native toolchain Native AOT links with.
FROM mcr.microsoft.com/dotnet/sdk:10.0-noble-aot AS build
WORKDIR /src
# Restore from the project and lock files alone, so this layer stays cached while only sources change.
COPY global.json Directory.Build.props Directory.Build.targets Directory.Build.rsp Directory.Packages.props .editorconfig ./
COPY src/MeshGrader.Core/MeshGrader.Core.csproj src/MeshGrader.Core/packages.lock.json src/MeshGrader.Core/
COPY src/MeshGrader.Cli/MeshGrader.Cli.csproj src/MeshGrader.Cli/packages.lock.json src/MeshGrader.Cli/
RUN dotnet restore src/MeshGrader.Cli/MeshGrader.Cli.csproj --locked-mode -r linux-x64
COPY schemas/ schemas/
COPY labs/ labs/
COPY src/ src/
RUN dotnet publish src/MeshGrader.Cli/MeshGrader.Cli.csproj -c Release -r linux-x64 --no-restore -o out

# For CI systems that start their own shell in the job's image.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble AS ci
COPY --from=build /src/out/meshgrade /usr/local/bin/meshgrade
# Grading needs no privileges: run as the image's unprivileged user (app, uid $APP_UID).
USER $APP_UID
ENTRYPOINT ["meshgrade"]

# The default: only what the binary needs (no shell, no package manager), non-root.
FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled AS runtime
COPY --from=build /src/out/meshgrade /usr/local/bin/meshgrade
USER $APP_UID
ENTRYPOINT ["meshgrade"]
