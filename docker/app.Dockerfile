# syntax=docker/dockerfile:1
#
# One image recipe for the three Spring Boot apps (cms-api, publisher, indexer).
# Build context: the repository root. The module is picked with the MODULE build arg:
#
#   docker build -f docker/app.Dockerfile --build-arg MODULE=cms-api --build-arg PORT=8080 -t newsroom/cms-api .
#
# docker/compose.yaml passes both args for each app.

############################################################################
# Build stage: the Maven reactor, restricted to MODULE and what it depends on.
############################################################################
FROM maven:3.9-eclipse-temurin-17 AS build

ARG MODULE
WORKDIR /src

# The whole context goes in (the root .dockerignore keeps out target/, .local/ and .git):
# Maven reads every module listed in the root pom even with -pl, so copying only
# some module folders would break the reactor.
COPY . .

# The BuildKit cache mount keeps ~/.m2 between builds without putting it in the image.
# One id for all newsroom builds (this file and elasticsearch/Dockerfile); "locked"
# because compose builds images in parallel and two Mavens writing one local
# repository at once can corrupt it.
RUN --mount=type=cache,id=newsroom-m2,target=/root/.m2,sharing=locked \
    : "${MODULE:?build arg MODULE is required (cms-api, publisher or indexer)}" \
 && mvn -B -ntp -pl "${MODULE}" -am package -DskipTests

# Split the Boot fat jar into its layers (dependencies change rarely, the
# application often), so image pulls after a code change are small.
# Checked with a Spring Boot 4.0.7 jar: without --launcher, `extract --layers`
# writes <layer>/lib/*.jar plus application/<name>.jar, a plain jar whose manifest
# Class-Path points at lib/, so `java -jar app.jar` runs it once the layers are
# copied into one folder. (--launcher would instead explode the jar and need
# JarLauncher as the main class, which does not fit the ENTRYPOINT below.)
RUN java -Djarmode=tools -jar "${MODULE}/target/${MODULE}.jar" \
        extract --layers --destination /extracted --application-filename app.jar

############################################################################
# Runtime stage: JRE only, non-root.
############################################################################
FROM eclipse-temurin:17-jre

ARG MODULE
ARG PORT=8080

LABEL org.opencontainers.image.title="newsroom ${MODULE}" \
      org.opencontainers.image.description="Hau Giang newsroom CMS: ${MODULE}"

# curl is what the compose healthcheck calls (GET /actuator/health); installed
# explicitly so the healthcheck does not depend on what the base image happens to carry.
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*

# A fixed, high uid/gid that collides with nothing in the base image (it already has
# "ubuntu" as uid 1000). The application files stay owned by root: the app reads them
# and cannot change them.
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --no-create-home \
            --shell /usr/sbin/nologin app

WORKDIR /app

# Least- to most-often changing. spring-boot-loader and snapshot-dependencies may be
# empty folders (the loader is not needed without --launcher; snapshot-dependencies
# holds newsroom-core); COPY of an empty folder is fine.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./

USER 10001:10001

# Heap follows the container's memory limit (mem_limit in compose: 512m by default, so
# about 384m of heap, the rest for metaspace, threads and direct buffers).
# ExitOnOutOfMemoryError: let the restart policy replace a broken JVM instead of
# leaving it half alive. file.encoding: Java 17 still takes the default charset from
# the locale; Vietnamese text must never depend on that (same flag as in surefire).
# Override the whole variable in compose to tune further.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Dfile.encoding=UTF-8"

EXPOSE ${PORT}

ENTRYPOINT ["java", "-jar", "/app/app.jar"]
