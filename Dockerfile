# concord in a container, with poppler-utils for PDF input:
#
#   docker build -t concord .
#   docker run --rm -v "$PWD:/work" concord check docs/
#
# The binary is built by scripts/build.sh, the same command as each binary
# of `make release`: static (CGO_ENABLED=0), -trimpath, stamped with
# version, commit and date (from git, or from the build arguments).
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ARG VERSION=""
ARG COMMIT=""
ARG DATE=""
RUN VERSION="$VERSION" COMMIT="$COMMIT" DATE="$DATE" scripts/build.sh /out/concord

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends poppler-utils \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 10001 concord
COPY --from=build /out/concord /usr/local/bin/concord
USER concord
WORKDIR /work
ENTRYPOINT ["concord"]
CMD ["--help"]
