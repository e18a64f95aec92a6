# syntax=docker/dockerfile:1
# Production image: builds the production bundle (pre-built Vaadin frontend, no Node), runs it on a JRE as a
# non-root user. Needs an external MariaDB (SPRING_DATASOURCE_URL/USERNAME/PASSWORD) and SMTP (SPRING_MAIL_*);
# see README and compose.yaml.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -Pproduction dependency:resolve
COPY src/ src/
COPY frontend/ frontend/
COPY db/ db/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -ntp -Pproduction -DskipTests package \
    && cp target/allteach-*.jar /allteach.jar

FROM eclipse-temurin:25-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 allteach \
    && useradd --system --uid 10001 --gid allteach --home-dir /app --shell /usr/sbin/nologin allteach \
    && mkdir -p /app/data/files && chown -R allteach:allteach /app/data
WORKDIR /app
COPY --from=build --chown=allteach:allteach /allteach.jar /app/allteach.jar
USER allteach
EXPOSE 8080
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
# Uploaded files: mount a volume here and back it up together with the database.
ENV ALLTEACH_FILES_ROOT=/app/data/files
VOLUME /app/data/files
HEALTHCHECK --interval=30s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/allteach.jar"]
