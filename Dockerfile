# Builds BoneTrack from source and runs it on a JRE.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package && cp target/bonetrack-*.jar /bonetrack.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 bonetrack
USER bonetrack
COPY --from=build /bonetrack.jar /app/bonetrack.jar
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=12 CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/bonetrack.jar"]
