# Builds BoneTrack from source and runs it on a Java 25 JRE (the code targets Java 17; 25 is what we measure
# and recommend: bench/README.md) from the unpacked jar, the layout a JVM AOT cache needs (bench/aot-cache.sh).
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src ./src
RUN mvn -B -q -DskipTests package && cp target/bonetrack-*.jar /bonetrack.jar

FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 bonetrack
COPY --from=build /bonetrack.jar /tmp/bonetrack.jar
RUN java -Djarmode=tools -jar /tmp/bonetrack.jar extract --destination /app && rm /tmp/bonetrack.jar
USER bonetrack
WORKDIR /app
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=12 CMD ["sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "bonetrack.jar"]
