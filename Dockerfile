# Build stage: Maven on a JDK 17 image produces target/faqbot.jar with every dependency inside.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY src ./src
COPY faq-data ./faq-data
RUN mvn -B -q package -DskipTests

# Run stage: a JRE only, as a non-root user.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app faqbot \
    && mkdir -p /app/data && chown faqbot /app/data
WORKDIR /app
COPY --from=build /src/target/faqbot.jar /app/faqbot.jar
USER faqbot
ENV FAQBOT_DATA_DIR=/app/data
ENTRYPOINT ["java","-jar","/app/faqbot.jar"]
CMD ["serve"]
